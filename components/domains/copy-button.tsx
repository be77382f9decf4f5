"use client";
import { useEffect, useState } from "react";
import { buttonClass } from "@/components/ui/button";

type Labels = { copy: string; context: string; copied: string; failed: string };

/** Copies a value to the clipboard and says so in a live region ("Copied"). */
export function CopyButton({ value, labels }: { value: string; labels: Labels }) {
  const [result, setResult] = useState<"copied" | "failed" | null>(null);
  useEffect(() => {
    if (!result) return;
    const timer = setTimeout(() => setResult(null), 4000);
    return () => clearTimeout(timer);
  }, [result]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setResult("copied");
    } catch {
      setResult(fallbackCopy(value) ? "copied" : "failed");
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={copy} className={buttonClass("secondary", "px-2 py-1 text-xs")}>
        {labels.copy}<span className="sr-only"> {labels.context}</span>
      </button>
      <span role="status" className={result === "failed" ? "text-xs text-red-700" : "text-xs font-medium text-green-800"}>
        {result === "copied" ? labels.copied : result === "failed" ? labels.failed : null}
      </span>
    </span>
  );
}

/** For browsers without the async clipboard (e.g. a non-secure origin). */
function fallbackCopy(value: string): boolean {
  const area = document.createElement("textarea");
  area.value = value;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
