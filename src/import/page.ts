/**
 * A saved page's bytes as HTML text. A browser's "Save page as" gives HTML in
 * the page's own encoding; anything else an editor may pick up by mistake (a
 * PDF, an MHTML archive, a screenshot, a text file) is refused here, before
 * any parsing, with what to save instead.
 */
import { decodeBuffer } from 'encoding-sniffer';

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/**
 * The HTML Standard's patterns for sniffing HTML in a resource of unknown type
 * (MIME Sniffing, "rules for identifying an unknown MIME type"): after
 * leading whitespace, one of these tags followed by a space or ">".
 */
const HTML_START = /^(?:<!doctype html|<html|<head|<script|<iframe|<h1|<div|<font|<table|<a|<style|<title|<b|<body|<br|<p)[\s>]|^<!--/i;

const SAVE_AS = 'save the article from the browser with "Save page as…", as "Webpage, HTML only" or "Webpage, Complete", and import the .html file';

/** What a file that is not HTML seems to be, for the message. */
function whatItIs(head: Buffer, text: string): string {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'a PDF';
  if (/^(From: <Saved by |MIME-Version:)/m.test(text.slice(0, 400)) && /multipart\/related/i.test(text.slice(0, 2000))) {
    return 'an MHTML web archive';
  }
  if (head[0] === 0x89 && head.subarray(1, 4).toString('latin1') === 'PNG') return 'a PNG image';
  if (head[0] === 0xff && head[1] === 0xd8) return 'a JPEG image';
  if (head.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004') return 'a ZIP archive (or a Word or EPUB file)';
  if (/^\s*[{[]/.test(text)) return 'JSON';
  if (head.includes(0)) return 'a binary file';
  return 'plain text';
}

/**
 * Decodes a saved page (BOM, then `<meta charset>`, else UTF-8: the HTML
 * Standard's sniffing, by encoding-sniffer) and checks that it is HTML.
 * Throws ImportError with one line naming the file otherwise.
 */
export function decodePage(bytes: Buffer, shownName: string): string {
  if (bytes.length === 0) throw new ImportError(`${shownName}: is empty: ${SAVE_AS}`);
  const text = decodeBuffer(bytes, { defaultEncoding: 'utf-8' }).replace(/^\uFEFF/, '');
  const start = text.trimStart();
  const xhtml = /^<\?xml[^>]*>\s*(<!doctype html[^>]*>\s*)?<html[\s>]/i.test(start);
  if (!HTML_START.test(start) && !xhtml) {
    throw new ImportError(`${shownName}: is not an HTML page (it looks like ${whatItIs(bytes.subarray(0, 16), text)}): ${SAVE_AS}`);
  }
  return text;
}
