"use client";
// Settings → Notifications: the one frame the preview links open in, and a polite status that
// says which preview has loaded (the frame loads silently otherwise). The name is the link's
// own accessible name, read when it is followed.
import { useEffect, useState } from "react";
import { useTranslations } from "@/lib/i18n/client";
import { PREVIEW_FRAME } from "./preview-link";

export function PreviewFrame({ title, hint, className }: { title: string; hint: string; className: string }) {
  const t = useTranslations("notifications");
  const [asked, setAsked] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest(`a[target="${PREVIEW_FRAME}"]`) : null;
      if (link) setAsked(link.textContent?.trim() ?? "");
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, []);
  return (
    <>
      <iframe
        name={PREVIEW_FRAME}
        title={title}
        sandbox=""
        srcDoc={`<p>${hint}</p>`}
        className={className}
        onLoad={() => {
          if (asked !== null) setStatus(t("previewLoaded", { name: asked }));
        }}
      />
      <p role="status" className="sr-only">
        {status}
      </p>
    </>
  );
}
