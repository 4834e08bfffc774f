// Types for article-analyzer.js (the embedding API) and its report, contract v1 (docs/report-v1.md).

export type Language = 'vi' | 'en';

export interface Span { id: string; kind: string; text: string; start: number; end: number }

export interface Entity extends Span {
  kind: 'person' | 'organization' | 'location' | 'title' | 'document' | 'event' | (string & {});
  of?: string; same_as?: string; expansion?: string;
}

export interface Figure extends Span {
  kind: 'number' | 'percent' | 'percentage-point' | 'ratio' | 'money' | 'date' | 'time' | 'range' | 'ordinal'
    | 'duration' | 'multiplier' | 'identifier' | (string & {});
  unit: string | null;
  approximate: boolean;
  value?: number; decimals?: number; numerator?: number; denominator?: number; currency?: string;
  iso?: string; weekday?: string; valid?: boolean; from?: number | string; to?: number | string; inner?: string;
}

export interface Check {
  id: string;
  rule: string;
  status: 'consistent' | 'inconsistent' | 'unverifiable';
  figures: string[];
  expected?: number | null;
  stated?: number | null;
  message: string;
}

export interface Report { version: 1; language: Language; entities: Entity[]; figures: Figure[]; checks: Check[] }

export interface AnalyzeOptions { lang?: 'auto' | Language }

export class AnalyzerError extends Error {
  /** 'input-too-large' | 'load-failed' | 'worker-crashed' | 'trap' | 'disposed' | … */
  code: string;
  limit?: number;
  size?: number;
}

export interface Analyzer {
  /** Offsets in the report are UTF-16 code units into `text`. Rejects with AnalyzerError; a non-string throws TypeError. */
  analyze(text: string, options?: AnalyzeOptions): Promise<Report>;
  dispose(): void;
}

export interface AnalyzerOptions {
  /** Run the WASM in a Web Worker (default true); false runs it in the calling thread (tests, Node). */
  worker?: boolean;
  /** URL of article_analyzer_bg.wasm (default: ../pkg/ next to lib/). Fetched and streamed, never inlined. */
  wasmUrl?: string | URL;
}

export function createAnalyzer(options?: AnalyzerOptions): Analyzer;

/** A plain-text view of an editor's DOM: each piece maps a run of `text` to a text node (or an implied line break). */
export interface TextMap { text: string; pieces: { node: Text | null; start: number; length: number; at?: number }[] }

export function readText(root: Node, options?: { blockBreaks?: boolean; skip?: (el: Element) => boolean; drop?: RegExp }): TextMap;

/** What attach() needs from an editor. The adapters below build one; so can you for another editor. */
export interface Source {
  kind: string;
  doc: Document;
  win: Window;
  root: Element;
  clip: Element;
  frame: HTMLIFrameElement | null;
  variant: string;
  read(): TextMap;
  listen(hooks: { edit(offset: number | (() => number)): void; change(): void; layout(): void; mutate?(): void }, getMap: () => TextMap | null): () => void;
  select(map: TextMap, start: number, end: number, rangeFor: (map: TextMap, start: number, end: number, doc: Document) => Range | null): void;
  sync?(): void;
  destroy?(): void;
}

export function domSource(root: Element, options?: {
  kind?: string; frame?: HTMLIFrameElement | null; clip?: Element;
  skip?: (el: Element) => boolean; drop?: RegExp;
  changes?: (change: () => void) => () => void;
  select?: (range: Range) => void;
}): Source;

export interface AttachOptions {
  /** Share one analyzer between editors; otherwise each controller starts (and disposes) its own. */
  analyzer?: Analyzer;
  worker?: boolean;
  wasmUrl?: string | URL;
  /** The article's language; 'auto' detects it. */
  lang?: 'auto' | Language;
  /** Language of tooltips and the panel; defaults to the article's. */
  uiLang?: Language;
  /** Pause in typing before re-analyzing, ms (default 300). */
  debounce?: number;
  /** The review panel to fill: an <article-analyzer-panel> or a selector. */
  panel?: ArticleAnalyzerPanel | string;
  /** 'auto' (CSS Custom Highlights where the browser has them, boxes otherwise), 'highlights' or 'boxes'. */
  overlay?: 'auto' | 'highlights' | 'boxes';
  /** URL of highlights.css, or false if the page already styles ::highlight(aa-…). */
  styles?: string | false;
  /** Show a tooltip (the figure's value, its checks) when the pointer rests on a mark (default true). */
  tooltips?: boolean;
  /** Kinds not to draw. */
  hidden?: string[];
  /** Reviewer marks, keyed like the panel's (check key → 'verified' | 'dismissed'). */
  reviews?: Map<string, 'verified' | 'dismissed'>;
}

/** With each new report: the text analyzed, the worker's time, and the main thread's time to draw the marks and fill the panel. */
export interface ReportInfo { text: string; analyzeMs?: number; paintMs: number; panelMs: number }

export interface Controller {
  /** Analyze now, without waiting for a pause; resolves to the report drawn. */
  refresh(): Promise<Report | null>;
  /** Remove every listener, overlay element and highlight. */
  detach(): void;
  on(type: 'report', fn: (report: Report, info: ReportInfo) => void): () => void;
  on(type: 'error', fn: (error: AnalyzerError | Error) => void): () => void;
  on(type: 'review', fn: (key: string, review: 'verified' | 'dismissed' | null) => void): () => void;
  setEnabled(enabled: boolean): void;
  readonly report: Report | null;
  /** The plain text last analyzed. */
  readonly text: string | null;
  readonly enabled: boolean;
  readonly overlay: 'highlights' | 'boxes';
  /** How many ranges or boxes are drawn now. */
  readonly drawn: number;
  /** Main-thread time in the analyzer's own input/scroll/resize handlers so far, their count, and the last report's drawing times (ms). */
  readonly stats: { ownMs: number; events: number; paintMs: number; panelMs: number };
}

/** Attach to a <textarea>, a contenteditable element, or a Source. */
export function attach(target: HTMLTextAreaElement | HTMLElement | Source, options?: AttachOptions): Controller;

/** <article-analyzer-panel>: the review panel (checks, reviewer marks, legend and filters). */
export class ArticleAnalyzerPanel extends HTMLElement {
  update(state: { report?: Report | null; text?: string; lang?: Language; reviews?: Map<string, string>; hidden?: Set<string> }): void;
}

export interface Mark { start: number; end: number; layer: 'entity' | 'figure' | 'check'; kind: string; highlight: string; id: string; tooltip: string[] }
export function marksFor(report: Report, lang: Language, reviews?: Map<string, string>): Mark[];

// TinyMCE (the editor object is TinyMCE's; typed loosely so these types need no TinyMCE types).
export function tinymceSource(editor: any): Source;
export function attachTinyMCE(editor: any, options?: AttachOptions): Controller;
/** Registers the plugin 'articleanalyzer'; its options go under `articleanalyzer: AttachOptions` in tinymce.init. */
export function registerTinyMCEPlugin(tinymce: any, defaults?: AttachOptions): void;

// CKEditor 5.
export function ckeditorSource(editor: any, rootName?: string): Source;
export function attachCKEditor(editor: any, options?: AttachOptions & { rootName?: string }): Controller;
/** The plugin class: `plugins: [..., ArticleAnalyzer]`, options under `articleAnalyzer: AttachOptions`. */
export class ArticleAnalyzer {
  static readonly pluginName: 'ArticleAnalyzer';
  constructor(editor: any);
  readonly controller: Controller | null;
  init(): void;
  destroy(): void;
}
