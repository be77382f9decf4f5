// Carries a sign-in refusal the person may be told about (too many requests from their
// network, or overall) out of Auth.js: sendVerificationRequest throws it, Auth.js rethrows
// its own error type to the server action that called signIn(), which shows the wait.
import { AuthError } from "next-auth";
import type { SignInRefusal } from "./send-sign-in-link";

export class SignInRefused extends AuthError {
  static type = "SignInRefused";
  constructor(readonly refusal: SignInRefusal) {
    super(`sign-in link refused (${refusal.reason}), retry in ${refusal.retryAfterMinutes} min`);
  }
}
