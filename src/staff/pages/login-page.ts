import { html } from "hono/html";
import { page } from "./layout.js";

export function loginPage(input: {
  loginCsrf: string;
  next?: string;
  email?: string;
  error?: string;
  notice?: string;
}): string {
  return page(
    { title: "Sign in", ...(input.notice ? { notice: input.notice } : {}) },
    html`<div class="login card">
  <h1>Sign in to the clinic dashboard</h1>
  ${input.error ? html`<p class="alert" role="alert" id="login-error">${input.error}</p>` : ""}
  <form method="post" action="/staff/login">
    <input type="hidden" name="_csrf" value="${input.loginCsrf}">
    <input type="hidden" name="next" value="${input.next ?? "/staff"}">
    <div class="field">
      <label for="email">Email</label>
      <input type="email" id="email" name="email" autocomplete="username" required value="${input.email ?? ""}"${input.error ? html` aria-describedby="login-error"` : ""}>
    </div>
    <div class="field">
      <label for="password">Password</label>
      <input type="password" id="password" name="password" autocomplete="current-password" required>
    </div>
    <button type="submit">Sign in</button>
  </form>
</div>`,
  );
}
