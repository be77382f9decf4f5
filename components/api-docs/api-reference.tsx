"use client";
// The REST API reference, drawn by Scalar (@scalar/api-reference) from the OpenAPI document.
// It comes from our own bundle: Next splits it into the page's chunks (loaded by the nonced
// scripts, so the CSP's 'strict-dynamic' admits them) and its stylesheet into a CSS file, so
// nothing is fetched from a CDN and no inline <style> is needed. Everything that would reach
// out (fonts, the "Test request" client and its proxy, the AI agent, MCP, telemetry) is off.
import { useEffect, useRef, useState } from "react";
import "@scalar/api-reference/style.css";
import "./api-reference.css";
import type { Locale } from "@/lib/i18n/locales";

type Props = { documentUrl: string; locale: Locale; loading: string };

export function ApiReference({ documentUrl, locale, loading }: Props) {
  const mount = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let destroy: (() => void) | null = null;
    let cancelled = false;
    // Loaded after hydration: the renderer is a Vue app of its own, never rendered on the server.
    // zod (which Scalar uses) probes whether eval works with `Function("")` the first time it
    // parses an object; the CSP refuses it (reported, though caught). Jitless, it never probes.
    void import("zod/v4/core")
      .then(({ config }) => {
        config({ jitless: true });
        return import("@scalar/api-reference");
      })
      .then(({ createApiReference }) => {
        if (cancelled || !mount.current) return;
        const instance = createApiReference(mount.current, {
          url: documentUrl,
          localization: { locale },
          theme: "none",
          layout: "modern",
          withDefaultFonts: false,
          hideClientButton: true,
          hideTestRequestButton: true,
          hideDarkModeToggle: true,
          showDeveloperTools: "never",
          telemetry: false,
          mcp: { disabled: true },
          agent: { disabled: true },
          documentDownloadType: "json",
          // curl first; the document's own examples (x-codeSamples: with the key, a body and an
          // Idempotency-Key) are in the same picker.
          defaultHttpClient: { targetKey: "shell", clientKey: "curl" },
          // The tab keeps the page's own title (Scalar would name it after the section in view).
          setPageTitle: () => document.title,
          onLoaded: () => setReady(true),
        });
        destroy = () => instance.destroy();
      });
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [documentUrl, locale]);

  return (
    <div className="api-reference card overflow-hidden" aria-busy={!ready}>
      {ready ? null : <p className="p-6 text-sm text-muted">{loading}</p>}
      {/* Scalar renders its own DOM here, styled by its own stylesheet (data-third-party: the walk does not hold its classes to ours). */}
      <div ref={mount} data-third-party="scalar" />
    </div>
  );
}
