/** An error a user can read, with the HTTP status it maps to. */
export class UserError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413 | 429,
    message: string,
  ) {
    super(message);
  }
}
