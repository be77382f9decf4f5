/** Honest placeholder for a page a later issue builds; it says so. */
export function PlaceholderPage({ title, body }: { title: string; body: string }) {
  return (
    <section>
      <h1 className="page-title">{title}</h1>
      <p role="status" className="mt-4 card p-4">
        {body}
      </p>
    </section>
  );
}
