// The API client reads the token from here, so it needs no React context.
let token: string | undefined;
let onUnauthorized: () => void = () => {};

export const currentToken = () => token;

export function setToken(next: string | undefined): void {
  token = next;
}

export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

export function reportUnauthorized(): void {
  onUnauthorized();
}
