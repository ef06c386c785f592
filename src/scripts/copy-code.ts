/**
 * Copy buttons on command blocks. Without JavaScript a block is plain, selectable text and nothing is missing; with
 * it, each <pre> gets a real <button> in the corner space the stylesheet already reserves (so nothing moves), and a
 * shared live region announces "Copied" to screen readers. Kept tiny: it ships on every error page.
 */
const live = document.createElement('p');
live.className = 'sr-only';
live.setAttribute('aria-live', 'polite');
document.body.append(live);

for (const pre of document.querySelectorAll<HTMLPreElement>('main pre')) {
  const code = pre.querySelector('code') ?? pre;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', 'Copy to clipboard');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      button.textContent = 'Copied';
      live.textContent = 'Copied';
    } catch {
      button.textContent = 'Select and copy';
      live.textContent = 'Could not copy; select the text instead';
    }
    setTimeout(() => {
      button.textContent = 'Copy';
      live.textContent = '';
    }, 2000);
  });
  pre.append(button);
}
