import fs from 'node:fs';
import path from 'node:path';
import type { Response } from 'restify';
import { APP_ROOT } from '../config/appRoot';
import { plural } from '../domain/privacy/retentionText';
import { escapeHtml } from './webChatPage';

/**
 * Error pages for people: what a browser gets instead of JSON when an address is wrong, a file has
 * expired, or something broke. Each is a whole page like the information pages (language, title,
 * one h1, a main landmark, the "Exit this page" bar), in plain words, with a way back to the chat.
 * API clients still get JSON (see security/httpErrors: `prefersHtml`).
 */

const PUBLIC_DIR = path.join(APP_ROOT, 'public');
const TEMPLATE = path.join(PUBLIC_DIR, 'error.html');
const PAGE_TOP = path.join(PUBLIC_DIR, 'partials', 'info-page-top.html');

export interface ErrorPage {
  /** The tab's title (" – SEND Navigator" is added). */
  readonly title: string;
  readonly heading: string;
  /** Paragraphs of plain text (escaped here). */
  readonly paragraphs: readonly string[];
}

export const NOT_FOUND_PAGE: ErrorPage = {
  title: 'Page not found',
  heading: 'Page not found',
  paragraphs: [
    'There is nothing at this address.',
    'If you typed the address, check it is right. If you followed a link, it may be out of date.',
  ],
};

export const SERVER_ERROR_PAGE: ErrorPage = {
  title: 'Sorry, something went wrong',
  heading: 'Sorry, something went wrong',
  paragraphs: [
    'Something went wrong on our side. It is not something you did.',
    'Please try again in a minute.',
  ],
};

/** A file link from the chat that is past its time (or never existed: to a parent, the same thing). */
export function fileGonePage(fileDays: number): ErrorPage {
  return {
    title: 'File no longer available',
    heading: 'This file is no longer available',
    paragraphs: [
      `Files are kept for ${plural(fileDays, 'day')}, then deleted to keep your information private.`,
      'You can make it again by going through the same guide in the chat: choose "Ask for an EHC needs assessment" or "Get ready for mediation or an appeal" and answer the questions again. At the end you get new copies of your letter, summary and calendar file.',
      'When you get a file, save it on your device or print it, so you still have it later.',
    ],
  };
}

let cachedTemplate: string | undefined;

export function renderErrorPage(page: ErrorPage): string {
  // Read once: an error page must not fail because of the disk (and is small).
  cachedTemplate ??= fs.readFileSync(TEMPLATE, 'utf8').replace('{{pageTop}}\n', fs.readFileSync(PAGE_TOP, 'utf8'));
  const body = page.paragraphs.map((p) => `    <p>${escapeHtml(p)}</p>`).join('\n');
  return cachedTemplate
    .replace('{{title}}', escapeHtml(page.title))
    .replace('{{heading}}', escapeHtml(page.heading))
    .replace('{{body}}', body);
}

export function sendErrorPage(res: Response, status: number, page: ErrorPage): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.sendRaw(status, Buffer.from(renderErrorPage(page), 'utf8'));
}
