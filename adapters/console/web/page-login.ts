/// <reference lib="dom" />
import { byId } from "./format.ts";
import type { SessionReply } from "./protocol.ts";

/** The login form, alone on the page, with why it is shown. */
export function showLogin(message: string): void {
  document.body.classList.add("logged-out");
  byId("login-message").textContent = message;
  byId<HTMLInputElement>("login-password").value = "";
  byId("login-user").focus();
}

const LOGIN_MESSAGES: Record<string, string> = {
  LOGIN_FAILED: "Wrong user name or password.",
  ACCOUNT_LOCKED: "Too many failed logins: this account is locked for a while.",
};

/** The login form's submit (logging in loads the page again) and the logout button. */
export function wireLogin(): void {
  byId("login-form").addEventListener("submit", (e) => {
    e.preventDefault();
    // The last attempt's message goes, so that the answer shown is always this attempt's.
    byId("login-message").textContent = "";
    void fetch("/api/login", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        user: byId<HTMLInputElement>("login-user").value,
        password: byId<HTMLInputElement>("login-password").value,
      }),
    })
      .then(async (r) => {
        if (r.ok) return location.reload();
        const body = (await r.json().catch(() => ({}))) as { code?: string; reason?: string };
        showLogin(LOGIN_MESSAGES[body.code ?? ""] ?? `Not logged in: ${body.reason ?? r.status}`);
      })
      .catch((error: unknown) => showLogin(`Console unreachable: ${(error as Error).message}`));
  });
  byId("logout").addEventListener("click", () => {
    void fetch("/api/logout", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" })
      .catch(() => undefined)
      .then(() => location.reload());
  });
}

/**
 * The login form and the logout button of a page of its own (the unit terminal, the supervisor
 * view), as the console's: logging in or out loads the page again. Resolves with the session, or
 * null when nobody is logged in (the form is shown).
 */
export async function pageSession(): Promise<SessionReply | null> {
  wireLogin();
  const who = await fetch("/api/session");
  if (!who.ok) {
    showLogin("");
    return null;
  }
  document.body.classList.remove("logged-out");
  return (await who.json()) as SessionReply;
}

/** A random id for a command: the input's Nats-Msg-Id comes from it, so a retry is no double. */
export function commandId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
