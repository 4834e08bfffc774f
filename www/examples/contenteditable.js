import { attach } from '../article-analyzer.js';
import { setup } from './common.js';

const editor = document.getElementById('editor');
setup(() => attach(editor, { panel: '#panel' }), () => editor.innerHTML);
