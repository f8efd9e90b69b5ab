// The document viewer (PdfViewer): renders a layout file of this application with PDF.js into
// canvases with a text layer, in the page (no frame), and prints one file through the browser's
// print dialog. Every URL is same-origin; PDF.js runs in a module worker from vendor/pdfjs.
const PDFJS = new URL('../vendor/pdfjs/', import.meta.url);
const PRINT_SCALE = 150 / 72; // 150 dpi for the printer
const MIN_SCALE = 0.25;
const MAX_SCALE = 4;

let library;

function pdfjs() {
  if (!library) {
    library = import(new URL('build/pdf.min.mjs', PDFJS).href).then(lib => {
      lib.GlobalWorkerOptions.workerSrc = new URL('build/pdf.worker.min.mjs', PDFJS).href;
      return lib;
    });
  }
  return library;
}

async function open(url) {
  const response = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok) {
    throw new Error('HTTP ' + response.status);
  }
  const data = new Uint8Array(await response.arrayBuffer());
  const lib = await pdfjs();
  return lib.getDocument({
    data,
    cMapUrl: new URL('cmaps/', PDFJS).href,
    cMapPacked: true,
    standardFontDataUrl: new URL('standard_fonts/', PDFJS).href,
  }).promise;
}

function close(pdf) {
  pdf.loadingTask?.destroy();
}

function button(text, action) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.addEventListener('click', action);
  return b;
}

class Viewer {
  constructor(host, texts) {
    this.host = host;
    this.texts = texts;
    this.scale = null; // null: fit to width
    this.pdf = null;
    this.generation = 0;
    host.replaceChildren();
    this.toolbar = document.createElement('div');
    this.toolbar.className = 'pdf-toolbar';
    this.previous = button(texts.previous, () => this.goTo(this.currentPage() - 1));
    this.next = button(texts.next, () => this.goTo(this.currentPage() + 1));
    this.pageLabel = document.createElement('span');
    this.pageLabel.className = 'pdf-page-number';
    this.zoomOut = button(texts.zoomOut, () => this.zoom(1 / 1.25));
    this.zoomLabel = document.createElement('span');
    this.zoomLabel.className = 'pdf-zoom';
    this.zoomIn = button(texts.zoomIn, () => this.zoom(1.25));
    this.fit = button(texts.fitWidth, () => { this.scale = null; this.render(); });
    this.previous.className = 'pdf-previous';
    this.next.className = 'pdf-next';
    this.zoomOut.className = 'pdf-zoom-out';
    this.zoomIn.className = 'pdf-zoom-in';
    this.fit.className = 'pdf-fit-width';
    this.toolbar.append(this.previous, this.pageLabel, this.next, this.zoomOut, this.zoomLabel, this.zoomIn,
        this.fit);
    this.pages = document.createElement('div');
    this.pages.className = 'pdf-pages';
    this.pages.addEventListener('scroll', () => this.updateLabels(), { passive: true });
    this.message = document.createElement('div');
    this.message.className = 'pdf-message';
    this.message.setAttribute('role', 'status');
    host.append(this.toolbar, this.message, this.pages);
    this.showMessage(texts.loading, false);
  }

  async load(url) {
    const generation = ++this.generation;
    this.pages.replaceChildren();
    this.showMessage(this.texts.loading, false);
    try {
      const pdf = await open(url);
      if (generation !== this.generation) {
        close(pdf);
        return;
      }
      if (this.pdf) {
        close(this.pdf);
      }
      this.pdf = pdf;
      await this.render();
      this.showMessage('', false);
    } catch (e) {
      if (generation === this.generation) {
        console.warn('PDF viewer', e);
        this.pdf = null;
        this.pages.replaceChildren();
        this.showMessage(this.texts.error, true);
        this.updateLabels();
      }
    }
  }

  showMessage(text, error) {
    this.message.textContent = text;
    this.message.hidden = !text;
    this.message.classList.toggle('pdf-error', error);
    this.message.setAttribute('role', error ? 'alert' : 'status');
  }

  async fitScale() {
    const page = await this.pdf.getPage(1);
    const width = page.getViewport({ scale: 1 }).width;
    const available = Math.max(this.pages.clientWidth - 24, 200);
    return Math.min(Math.max(available / width, MIN_SCALE), MAX_SCALE);
  }

  async zoom(factor) {
    if (!this.pdf) {
      return;
    }
    const current = this.scale ?? await this.fitScale();
    this.scale = Math.min(Math.max(current * factor, MIN_SCALE), MAX_SCALE);
    await this.render();
  }

  async render() {
    if (!this.pdf) {
      return;
    }
    const generation = this.generation;
    const keep = this.currentPage();
    const scale = this.scale ?? await this.fitScale();
    this.shownScale = scale;
    const lib = await pdfjs();
    const frames = [];
    for (let n = 1; n <= this.pdf.numPages; n++) {
      const page = await this.pdf.getPage(n);
      const viewport = page.getViewport({ scale });
      const frame = document.createElement('div');
      frame.className = 'pdf-page';
      frame.dataset.page = String(n);
      frame.style.setProperty('--scale-factor', String(scale));
      frame.style.setProperty('--total-scale-factor', String(scale));
      frame.style.width = Math.floor(viewport.width) + 'px';
      frame.style.height = Math.floor(viewport.height) + 'px';
      const canvas = document.createElement('canvas');
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = Math.floor(viewport.width) + 'px';
      canvas.style.height = Math.floor(viewport.height) + 'px';
      const text = document.createElement('div');
      text.className = 'textLayer';
      frame.append(canvas, text);
      frames.push(frame);
      await page.render({
        canvas,
        canvasContext: canvas.getContext('2d'),
        viewport,
        transform: ratio === 1 ? null : [ratio, 0, 0, ratio, 0, 0],
      }).promise;
      await new lib.TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport }).render();
      if (generation !== this.generation) {
        return;
      }
    }
    this.pages.replaceChildren(...frames);
    this.host.dataset.pages = String(this.pdf.numPages);
    this.host.dataset.rendered = 'true';
    this.goTo(keep);
    this.updateLabels();
  }

  currentPage() {
    const frames = this.pages.querySelectorAll('.pdf-page');
    const top = this.pages.scrollTop + this.pages.clientHeight / 3;
    let current = 1;
    frames.forEach(f => { if (f.offsetTop - this.pages.offsetTop <= top) { current = Number(f.dataset.page); } });
    return current;
  }

  goTo(n) {
    const frame = this.pages.querySelector(`.pdf-page[data-page="${n}"]`);
    if (frame) {
      this.pages.scrollTop = frame.offsetTop - this.pages.offsetTop;
    }
    this.updateLabels();
  }

  updateLabels() {
    const count = this.pdf ? this.pdf.numPages : 0;
    const current = count ? this.currentPage() : 0;
    this.pageLabel.textContent = this.texts.page.replace('{0}', current).replace('{1}', count);
    this.zoomLabel.textContent = this.shownScale ? Math.round(this.shownScale * 100) + '%' : '';
    this.previous.disabled = current <= 1;
    this.next.disabled = current >= count;
    this.zoomIn.disabled = this.zoomOut.disabled = this.fit.disabled = !count;
  }
}

/** Shows the PDF at {@code url} in {@code host}, keeping one viewer per host. */
export function show(host, url, texts) {
  if (!host.__pdfViewer) {
    host.__pdfViewer = new Viewer(host, texts);
  }
  return host.__pdfViewer.load(url);
}

/**
 * Fetches the PDF at {@code url} once, renders its pages into the print-only container and opens
 * the browser's print dialog for them. Resolves to the number of pages printed.
 */
export async function print(url) {
  const pdf = await open(url);
  let box = document.getElementById('pdf-print-copy');
  if (!box) {
    box = document.createElement('div');
    box.id = 'pdf-print-copy';
    document.body.appendChild(box);
  }
  box.replaceChildren();
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale: PRINT_SCALE });
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport, intent: 'print' }).promise;
    box.appendChild(canvas);
  }
  const pages = pdf.numPages;
  close(pdf);
  document.body.classList.add('printing-copy');
  const done = () => {
    document.body.classList.remove('printing-copy');
    box.replaceChildren();
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
  return pages;
}
