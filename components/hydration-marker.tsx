"use client";
// Marks the document once React has hydrated it (<html data-hydrated>), so end-to-end
// tests wait for the page to respond to clicks instead of sleeping (tests/e2e/support).
import { useEffect } from "react";

export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
