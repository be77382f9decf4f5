"use client";
// While an export is being prepared, the page shows it again every 2 seconds, so its
// progress bar moves and its download link appears without a reload.
import { useEffect } from "react";
import { useRouter } from "next/navigation";

export function RefreshWhileRunning({ running }: { running: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [running, router]);
  return null;
}
