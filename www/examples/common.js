// What the four examples share: "?analyzer=off" loads the editor alone (the
// tests compare what it saves with and without the analyzer), the on/off
// switch and the detach button, and window.__embed for the tests.
const params = new URL(location.href).searchParams;
export const analyzerOn = params.get('analyzer') !== 'off';
/** "?overlay=boxes" draws positioned boxes instead of CSS highlights (what browsers without the Highlight API get). */
export const overlay = params.get('overlay') === 'boxes' ? 'boxes' : 'auto';

/**
 * `start()` attaches (may return a promise of the controller); `saved()` reads
 * what the editor would save.
 */
export async function setup(start, saved) {
  const embed = { controller: null, saved, reports: 0, report: null, errors: [], on: analyzerOn };
  window.__embed = embed;
  const box = document.getElementById('enabled');
  const detach = document.getElementById('detach');
  if (!analyzerOn) {
    box.checked = false;
    box.disabled = true;
    detach.disabled = true;
    return embed;
  }
  const controller = await start();
  embed.controller = controller;
  controller.on('report', (report, info) => {
    embed.reports += 1;
    embed.report = report;
    embed.info = info;
  });
  controller.on('error', (e) => embed.errors.push(String(e && e.message || e)));
  box.addEventListener('change', () => controller.setEnabled(box.checked));
  detach.addEventListener('click', () => {
    controller.detach();
    box.checked = false;
    box.disabled = true;
    detach.disabled = true;
  });
  return embed;
}
