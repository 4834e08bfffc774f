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
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    // Full or disabled: keep working, and never leave an older copy standing in for this one.
    try { localStorage.removeItem(PREFIX + key); } catch { /* ignore */ }
    return false;
  }
}

export const store = {
  keepDraft: () => get('keepDraft', true),
  setKeepDraft(on) {
    set('keepDraft', !!on);
    if (!on) { try { localStorage.removeItem(PREFIX + 'draft'); } catch { /* ignore */ } }
  },
  draft: () => get('draft', null),
  /** Keep the draft if the setting is on; false if it could not be kept (storage full or off-limits). */
  saveDraft(text) { return store.keepDraft() ? set('draft', text) : true; },
  reviews: () => new Map(Object.entries(get('reviews', {}))),
  saveReviews(map) { set('reviews', Object.fromEntries(map)); },
  uiLang: () => get('uiLang', null),
  setUiLang(lang) { set('uiLang', lang); },
  forget() {
    try {
      const keys = [];
      for (let i = 0; i < localStorage.length; i++) keys.push(localStorage.key(i));
      for (const k of keys) if (k && k.startsWith(PREFIX)) localStorage.removeItem(k);
    } catch { /* ignore */ }
  },
};
