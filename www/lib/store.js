// What the page keeps in this browser's localStorage, and nothing else:
// the draft (only while "keep my draft" is on), the reviewer's marks, and
// the settings. Nothing is ever sent anywhere.
const PREFIX = 'article-analyzer:';

function get(key, fallback) {
  try {
    const v = localStorage.getItem(PREFIX + key);
    return v === null ? fallback : JSON.parse(v);
  } catch {
    return fallback;
  }
}

function set(key, value) {
  try { localStorage.setItem(PREFIX + key, JSON.stringify(value)); } catch { /* full or disabled: keep working */ }
}

export const store = {
  keepDraft: () => get('keepDraft', true),
  setKeepDraft(on) {
    set('keepDraft', !!on);
    if (!on) { try { localStorage.removeItem(PREFIX + 'draft'); } catch { /* ignore */ } }
  },
  draft: () => get('draft', null),
  saveDraft(text) { if (store.keepDraft()) set('draft', text); },
  reviews: () => new Map(Object.entries(get('reviews', {}))),
  saveReviews(map) { set('reviews', Object.fromEntries(map)); },
  uiLang: () => get('uiLang', null),
  setUiLang(lang) { set('uiLang', lang); },
  forget() {
    try {
      for (const k of Object.keys(localStorage)) if (k.startsWith(PREFIX)) localStorage.removeItem(k);
    } catch { /* ignore */ }
  },
};
