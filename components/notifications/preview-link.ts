// Settings → Notifications: the frame every preview link opens in (links:
// routes.notificationPreview). A plain module: the server page and the client table both use it.

/** The name of the frame every preview link opens in. */
export const PREVIEW_FRAME = "preview";
