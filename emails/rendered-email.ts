/** What every email template renders. */
export type RenderedEmail = { subject: string; html: string; text: string };
