// Prompt templates: plain files with `{code}` and `{call}` placeholders (see prompts/README.md).

import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Sample } from '../../benchmarks/sample.ts';
import type { ApiKind, ChatMessage, Prompt } from '../backends/types.ts';

export const PROMPT_MODES = ['direct', 'cot', 'trace'] as const;
export type PromptMode = (typeof PROMPT_MODES)[number];

export type PromptTemplate =
  { kind: 'chat'; file: string; messages: ChatMessage[] } | { kind: 'text'; file: string; text: string };

export class PromptTemplateError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'PromptTemplateError';
  }
}

const PROMPTS_DIR = fileURLToPath(new URL('../../prompts/', import.meta.url));
const ROLE_LINE = /^<\|(system|user|assistant)\|>\s*$/;
const PLACEHOLDER = /\{(code|call)\}/g;

export function defaultTemplateFile(mode: PromptMode, api: ApiKind): string {
  return `${PROMPTS_DIR}${mode}.${api}.txt`;
}

export function loadTemplate(file: string): PromptTemplate {
  return parseTemplate(fs.readFileSync(file, 'utf8'), file);
}

export function parseTemplate(source: string, file: string): PromptTemplate {
  // Editors add a final newline; a completion prompt must end exactly where the model continues.
  const content = source.replace(/\r\n/g, '\n').replace(/\n$/, '');
  const lines = content.split('\n');
  const firstRole = lines.findIndex((line) => ROLE_LINE.test(line));
  if (firstRole < 0) {
    requirePlaceholders(content, file, 1);
    return { kind: 'text', file, text: content };
  }
  const before = lines.slice(0, firstRole).join('\n').trim();
  if (before !== '') throw new PromptTemplateError(file, 1, 'text before the first <|role|> line');
  const messages: ChatMessage[] = [];
  let lastStart = firstRole + 1;
  for (let i = firstRole; i < lines.length; i++) {
    const match = ROLE_LINE.exec(lines[i]);
    if (match) {
      messages.push({ role: match[1] as ChatMessage['role'], content: '' });
      lastStart = i + 1;
    } else {
      messages[messages.length - 1].content += `\n${lines[i]}`;
    }
  }
  for (const message of messages) message.content = message.content.trim();
  const last = messages[messages.length - 1];
  if (last.role !== 'user')
    throw new PromptTemplateError(file, lastStart, 'the last message must be <|user|>');
  requirePlaceholders(last.content, file, lastStart);
  return { kind: 'chat', file, messages };
}

function requirePlaceholders(text: string, file: string, line: number): void {
  for (const name of ['{code}', '{call}']) {
    if (!text.includes(name)) throw new PromptTemplateError(file, line, `the question must contain ${name}`);
  }
}

/** Replaces both placeholders in one pass, so code that itself contains `{call}` is left alone. */
export function fillPlaceholders(text: string, sample: Pick<Sample, 'code' | 'call'>): string {
  return text.replace(PLACEHOLDER, (_match, name: string) => (name === 'code' ? sample.code : sample.call));
}

export function renderPrompt(
  template: PromptTemplate,
  sample: Pick<Sample, 'code' | 'call'>,
  api: ApiKind,
): Prompt {
  if (template.kind === 'chat') {
    const messages = template.messages.map((m) => ({
      role: m.role,
      content: fillPlaceholders(m.content, sample),
    }));
    if (api === 'chat') return { api, messages };
    return { api, text: messages.map((m) => m.content).join('\n\n') };
  }
  const text = fillPlaceholders(template.text, sample);
  return api === 'chat' ? { api, messages: [{ role: 'user', content: text }] } : { api, text };
}

/**
 * Stop sequences for completion models, which otherwise run on into a new few-shot example. Chat models
 * end their turn on their own.
 */
export function defaultStops(mode: PromptMode, api: ApiKind): string[] {
  if (api === 'chat') return [];
  return mode === 'direct' ? ['\n'] : ['[/ANSWER]'];
}
