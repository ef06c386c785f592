/**
 * "Your OS first" for <ByOS> steps. Without JavaScript every system's block is shown. With it, each group becomes
 * tabs: it opens on the reader's system (navigator.userAgentData, else the user agent), the others are one click
 * away, and a choice the reader makes is remembered across pages (localStorage). Runs as soon as the page is parsed,
 * and the fix steps sit below the first screen, so opening the tabs moves nothing the reader is looking at.
 */
type Os = 'macos' | 'linux' | 'windows' | 'wsl';
const KEY = 'agent-errors:os';

function detected(): Os {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  const p = `${nav.userAgentData?.platform ?? ''} ${navigator.userAgent}`.toLowerCase();
  if (p.includes('win')) return 'windows';
  if (p.includes('mac') || p.includes('iphone') || p.includes('ipad')) return 'macos';
  return 'linux';
}

function stored(): Os | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'macos' || v === 'linux' || v === 'windows' || v === 'wsl' ? v : null;
  } catch {
    return null; // storage blocked: fall back to detection
  }
}

const groups = [...document.querySelectorAll<HTMLElement>('.by-os')];
let n = 0;

function show(group: HTMLElement, os: Os, focus = false) {
  const panels = [...group.querySelectorAll<HTMLElement>(':scope > .os')];
  const wanted = panels.find((p) => p.dataset.os!.split(' ').includes(os)) ?? panels[0]!;
  group.querySelectorAll<HTMLButtonElement>('[role="tab"]').forEach((tab, i) => {
    const on = panels[i] === wanted;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    if (on && focus) tab.focus();
    panels[i]!.hidden = !on;
  });
}

function choose(os: Os) {
  try {
    localStorage.setItem(KEY, os);
  } catch {
    /* not remembered; still applied on this page */
  }
  groups.forEach((g) => show(g, os));
}

for (const group of groups) {
  const panels = [...group.querySelectorAll<HTMLElement>(':scope > .os')];
  if (panels.length < 2) continue;
  const list = document.createElement('div');
  list.setAttribute('role', 'tablist');
  list.setAttribute('aria-label', 'Operating system');
  list.className = 'os-tabs';
  panels.forEach((panel, i) => {
    const id = `os-${++n}`;
    const label = panel.querySelector(':scope > p');
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.setAttribute('role', 'tab');
    tab.id = `${id}-tab`;
    tab.setAttribute('aria-controls', id);
    tab.textContent = label?.textContent ?? panel.dataset.os!;
    panel.id = id;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    label?.classList.add('sr-only');
    tab.addEventListener('click', () => choose(panel.dataset.os!.split(' ').includes(stored() ?? detected()) ? (stored() ?? detected()) : (panel.dataset.os!.split(' ')[0] as Os)));
    tab.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      const next = panels[(i + step + panels.length) % panels.length]!;
      choose(next.dataset.os!.split(' ')[0] as Os);
      show(group, next.dataset.os!.split(' ')[0] as Os, true);
    });
    list.append(tab);
  });
  group.prepend(list);
  group.dataset.tabs = '';
  show(group, stored() ?? detected());
}
