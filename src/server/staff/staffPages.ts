import { escapeHtml } from './httpBits';

/**
 * The server-rendered staff pages (sign-in, "no access"): plain HTML that works without
 * JavaScript, with the same landmarks and focus styles as the parent page.
 */

export interface StaffPageParts {
  readonly title: string;
  /** Already-escaped HTML for inside <main>. */
  readonly main: string;
}

export function staffPage(parts: StaffPageParts): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(parts.title)} – SEND Navigator staff</title>
  <link rel="stylesheet" href="/advisers/sign-in.css">
</head>
<body>
  <a class="skip-link" href="#main">Skip to the main content</a>
  <header class="site-header">
    <div class="wrap"><p class="site-name">SEND Navigator <span class="site-part">staff</span></p></div>
  </header>
  <main id="main" class="wrap narrow" tabindex="-1">
${parts.main}
  </main>
  <footer class="site-footer">
    <div class="wrap"><p><a href="/accessibility">Accessibility statement</a></p></div>
  </footer>
</body>
</html>
`;
}

export interface SignInFormState {
  readonly action: string;
  readonly csrfToken: string;
  readonly next: string;
  readonly email?: string;
  readonly error?: string;
  readonly notice?: string;
}

export function signInPage(state: SignInFormState): string {
  const errorId = 'sign-in-error';
  const invalid = state.error ? ` aria-invalid="true" aria-describedby="${errorId}"` : '';
  const errorSummary = state.error
    ? `    <div class="error-summary" role="alert" aria-labelledby="error-title">
      <h2 id="error-title">There is a problem</h2>
      <p id="${errorId}">${escapeHtml(state.error)}</p>
    </div>\n`
    : '';
  const notice = state.notice ? `    <p class="notice" role="status">${escapeHtml(state.notice)}</p>\n` : '';
  return staffPage({
    title: state.error ? 'Error: Sign in' : 'Sign in',
    main: `    <h1>Sign in</h1>
${notice}${errorSummary}    <p>For SENDIASS advisers and the people who look after the knowledge base.</p>
    <form method="post" action="${escapeHtml(state.action)}" class="sign-in">
      <input type="hidden" name="csrf" value="${escapeHtml(state.csrfToken)}">
      <input type="hidden" name="next" value="${escapeHtml(state.next)}">
      <div class="field">
        <label for="email">Email address</label>
        <input id="email" name="email" type="email" autocomplete="username" spellcheck="false" required value="${escapeHtml(state.email ?? '')}"${invalid}>
      </div>
      <div class="field">
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required${invalid}>
      </div>
      <button type="submit">Sign in</button>
    </form>
    <p>Forgotten your password, or cannot sign in? Ask the person who manages staff accounts to reset it.</p>`,
  });
}

export function plainMessagePage(title: string, message: string, link?: { href: string; text: string }): string {
  return staffPage({
    title,
    main: `    <h1>${escapeHtml(title)}</h1>
    <p>${escapeHtml(message)}</p>${link ? `\n    <p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>` : ''}`,
  });
}

/** Shown to a signed-in person whose roles do not include the one a page needs. */
export function noAccessPage(firstName: string, signOutPath: string, csrfToken: string): string {
  return staffPage({
    title: 'No access',
    main: `    <h1>You do not have access to this page</h1>
    <p>You are signed in as ${escapeHtml(firstName)}, but your account does not include this part of the site. Ask the person who manages staff accounts if you need it.</p>
    <form method="post" action="${escapeHtml(signOutPath)}">
      <input type="hidden" name="csrf" value="${escapeHtml(csrfToken)}">
      <button type="submit">Sign out</button>
    </form>`,
  });
}
