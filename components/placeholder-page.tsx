/** Honest placeholder for a page a later issue builds; it says so. */
export function PlaceholderPage({ title, body }: { title: string; body: string }) {
  return (
    <section>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p role="status" className="mt-4 rounded-md bg-white p-4 text-slate-700 ring-1 ring-slate-200">{body}</p>
    </section>
  );
}
