import type { PageCheck } from './types.ts';

/** `<html lang>` is set: screen readers and translation need the page's language. */
export const hasLang: PageCheck = ({ $ }) => ($('html').attr('lang')?.trim() ? [] : ['<html> has no lang attribute']);
