"use client";
// The one Copy button: writes `value` to the clipboard and says "Copied" in a live region.
// Without clipboard access (permissions, a non-secure origin) it selects the text of the
// target element instead (the text shown on screen) and tries the legacy copy command;
// if that fails too, the text stays selected and the status says how to copy it by hand.
import { useEffect, useState } from "react";
import { buttonClass } from "./button";

export type CopyButtonLabels = {
  copy: string;
  copied: string;
  /** Shown when the text could only be selected, e.g. "The value is selected: press Ctrl+C…". */
  copyManually: string;
  /** Said after `copy` to screen readers, naming what is copied (e.g. "the TXT value for example.com"). */
  context?: string;
};

type Result = "copied" | "manual" | null;

export function CopyButton({
  value,
  targetId,
  labels,
  small = false,
  className = "",
  onCopy,
}: {
  value: string;
  /** The id of the element that shows the text (an input, a textarea or any element): selected when the clipboard cannot be written. */
  targetId: string;
  labels: CopyButtonLabels;
  small?: boolean;
  className?: string;
  /** Called when the person pressed Copy (whether the clipboard or the selection did it). */
  onCopy?: () => void;
}) {
  const [result, setResult] = useState<Result>(null);
  useEffect(() => {
    if (result !== "copied") return;
    const timer = setTimeout(() => setResult(null), 5000);
    return () => clearTimeout(timer);
  }, [result]);

  async function copy() {
    onCopy?.();
    try {
      await navigator.clipboard.writeText(value);
      setResult("copied");
    } catch {
      setResult(selectTarget(targetId) && legacyCopy() ? "copied" : "manual");
    }
  }

  return (
    <span className={`inline-flex flex-wrap items-center gap-2 ${className}`}>
      <button type="button" onClick={copy} className={buttonClass("secondary", small ? "btn-sm" : "")}>
        {labels.copy}
        {labels.context ? <span className="sr-only"> {labels.context}</span> : null}
      </button>
      <span
        role="status"
        aria-live="polite"
        className={`${small ? "text-xs" : "text-sm"} font-medium ${result === "manual" ? "text-fg" : "text-ok-strong"}`}
      >
        {result === "copied" ? labels.copied : result === "manual" ? labels.copyManually : null}
      </span>
    </span>
  );
}

/** Selects the whole text of the element (and focuses a field), so Ctrl+C copies it. */
function selectTarget(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
    target.focus();
    target.select();
    return true;
  }
  const selection = window.getSelection();
  if (!selection) return false;
  const range = document.createRange();
  range.selectNodeContents(target);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** The pre-clipboard-API copy of the current selection; false where unsupported. */
function legacyCopy(): boolean {
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  }
}
