"use client";
// The one focus rule of the app, so keyboard and screen-reader users never lose their place:
// - an action removes the control that had focus (its row left the table, the button of a
//   paid invoice is gone): focus goes to the same control of the next row, else of the
//   previous one, else to the table's caption or the heading of its section;
// - a control that had focus is disabled for a moment (a pending submit) and focus fell to
//   the page: it comes back once the control is usable again;
// - a refused submission: focus goes to the form's first invalid field (its error is linked by
//   aria-describedby, so it is read with the field), else to the form's error message.
// FocusKeeper, mounted once by the root layout, watches the page; forms call focusFirstProblem
// through useOrgAction (components/forms/use-org-action.ts).
import { useEffect } from "react";

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
const ROW = "tr, li, [data-focus-row]";
const HEADING = "caption, h1, h2, h3, h4, h5, h6, legend";
const SECTION = "table, section, article, form, [role=region], [role=dialog], dialog, main";

/** Where a focused control sat, kept while it is connected so it can be replaced once it is not. */
type Place = { rows: Element | null; rowIndex: number; controlIndex: number; fallback: HTMLElement | null };

const places = new WeakMap<Element, Place>();
let lastFocused: HTMLElement | null = null;
let lastSubmitted: { form: HTMLFormElement; at: number } | null = null;

function usable(element: HTMLElement): boolean {
  return element.isConnected && !element.matches(":disabled") && element.getClientRects().length > 0 && !element.closest("[inert]");
}

function controlsOf(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(usable);
}

/** The heading that names `element`'s table or section: a caption, aria-labelledby, else the nearest heading before it. */
function headingFor(element: Element): HTMLElement | null {
  for (let section = element.closest(SECTION); section; section = section.parentElement?.closest(SECTION) ?? null) {
    const caption = section.querySelector<HTMLElement>(":scope > caption");
    if (caption) return caption;
    const labelledBy = section.getAttribute("aria-labelledby")?.split(" ")[0];
    const label = labelledBy ? document.getElementById(labelledBy) : null;
    if (label && label.matches(HEADING)) return label;
    const heading = section.querySelector<HTMLElement>(HEADING);
    if (heading && heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) return heading;
  }
  return document.querySelector<HTMLElement>("main h1");
}

/** Where `element` sits now; `previous`, its place before, gives the control's index while it is disabled (not counted). */
function placeOf(element: HTMLElement, previous?: Place): Place {
  const row = element.closest(ROW);
  const rows = row?.parentElement ?? null;
  const rowIndex = row && rows ? [...rows.children].indexOf(row) : -1;
  const index = row ? controlsOf(row).indexOf(element) : -1;
  const controlIndex = index >= 0 ? index : (previous?.controlIndex ?? -1);
  return { rows, rowIndex, controlIndex, fallback: headingFor(element) };
}

/** Focuses a heading or caption (made focusable for the script only) or a control. */
export function focusElement(element: HTMLElement): void {
  if (!element.matches(FOCUSABLE) && !element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
  element.focus();
}

/** The control that takes the place of `element`, gone from the page. */
function replacementFor(place: Place): HTMLElement | null {
  const { rows, rowIndex, controlIndex, fallback } = place;
  if (rows?.isConnected && rowIndex >= 0) {
    const siblings = [...rows.children];
    for (const candidate of [siblings[rowIndex], siblings[rowIndex - 1]]) {
      if (!candidate) continue;
      const controls = controlsOf(candidate);
      const control = controls[controlIndex] ?? controls[0];
      if (control) return control;
    }
    const heading = headingFor(rows);
    if (heading) return heading;
  }
  if (fallback?.isConnected) return fallback;
  return document.querySelector<HTMLElement>("main h1") ?? document.querySelector<HTMLElement>("main");
}

/**
 * Gives focus back to `element` (a dialog's opener), or, when it has left the page, to the
 * control that takes its place.
 */
export function restoreFocus(element: HTMLElement | null): void {
  if (!element) return;
  if (usable(element)) {
    element.focus();
    return;
  }
  const place = places.get(element);
  const target = place ? replacementFor(place) : null;
  if (target) focusElement(target);
}

/** The form submitted last, if it was submitted within the last minute and is still on the page. */
export function takeSubmittedForm(): HTMLFormElement | null {
  const submitted = lastSubmitted;
  lastSubmitted = null;
  return submitted && submitted.form.isConnected && Date.now() - submitted.at < 60_000 ? submitted.form : null;
}

/** After a refused submission: the first invalid field of `form` (a group's first control), else its error message. */
export function focusFirstProblem(form: HTMLFormElement | null): void {
  if (!form) return;
  const fields = [...form.elements, ...form.querySelectorAll("[aria-invalid=true]")];
  const invalid = [...new Set(fields)].filter((element): element is HTMLElement => element.getAttribute("aria-invalid") === "true");
  invalid.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  for (const element of invalid) {
    const target = usable(element) && element.matches(FOCUSABLE) ? element : controlsOf(element)[0];
    if (target) {
      target.focus();
      return;
    }
  }
  const message = form.querySelector<HTMLElement>("[role=alert]");
  if (message) focusElement(message);
}

function onFocusIn(event: FocusEvent): void {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return;
  lastFocused = target;
  places.set(target, placeOf(target));
}

function onPointerDown(event: PointerEvent): void {
  // A click on the page's background moves focus there on purpose: nothing to keep.
  const target = event.target instanceof Element ? event.target.closest(FOCUSABLE) : null;
  if (!target) lastFocused = null;
}

function onSubmit(event: SubmitEvent): void {
  if (event.target instanceof HTMLFormElement) lastSubmitted = { form: event.target, at: Date.now() };
}

function onMutations(): void {
  const active = document.activeElement;
  const lost = lastFocused;
  // While the control is on the page its place follows it: its rows may be filtered or
  // re-sorted (a search's results arriving) before the action removes it.
  if (lost?.isConnected) places.set(lost, placeOf(lost, places.get(lost)));
  if (active && active !== document.body) return;
  if (!lost) return;
  if (lost.isConnected) {
    // Disabled while its action ran: back to it once usable; hidden: its place's replacement.
    if (usable(lost)) lost.focus();
    return;
  }
  restoreFocus(lost);
}

/** Mounted once (the root layout): watches focus for the whole page. */
export function FocusKeeper() {
  useEffect(() => {
    const observer = new MutationObserver(onMutations);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["disabled", "hidden"] });
    document.addEventListener("focusin", onFocusIn);
    document.addEventListener("pointerdown", onPointerDown, true);
    document.addEventListener("submit", onSubmit, true);
    return () => {
      observer.disconnect();
      document.removeEventListener("focusin", onFocusIn);
      document.removeEventListener("pointerdown", onPointerDown, true);
      document.removeEventListener("submit", onSubmit, true);
    };
  }, []);
  return null;
}
