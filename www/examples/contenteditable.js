import { attach } from '../article-analyzer.js';
import { overlay, setup } from './common.js';

const editor = document.getElementById('editor');
setup(() => attach(editor, { panel: '#panel', overlay }), () => editor.innerHTML);
