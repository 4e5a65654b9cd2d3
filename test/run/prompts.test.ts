// Prompt templates: the shipped files parse, placeholders fill in one pass, and both API shapes render.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import {
  defaultStops,
  defaultTemplateFile,
  loadTemplate,
  parseTemplate,
  PROMPT_MODES,
  PromptTemplateError,
  renderPrompt,
} from '../../harness/prompts/templates.ts';

const sample = { code: "def f(d):\n    return {**d, 'k': '{call}'}", call: "f({'a': 1})" };

describe('shipped templates', () => {
  for (const mode of PROMPT_MODES) {
    test(`${mode}: chat and completion templates load and put the question last`, () => {
      const chat = loadTemplate(defaultTemplateFile(mode, 'chat'));
      assert.equal(chat.kind, 'chat');
      const messages = renderPrompt(chat, sample, 'chat');
      assert.equal(messages.api, 'chat');
      const last = messages.api === 'chat' ? messages.messages.at(-1)! : undefined;
      assert.equal(last?.role, 'user');
      assert.ok(last?.content.includes(sample.code) && last.content.includes(`${sample.call} == `));

      const raw = loadTemplate(defaultTemplateFile(mode, 'completion'));
      assert.equal(raw.kind, 'text');
      const prompt = renderPrompt(raw, sample, 'completion');
      assert.equal(prompt.api, 'completion');
      const text = prompt.api === 'completion' ? prompt.text : '';
      const tail = { direct: `assert ${sample.call} ==`, cot: '[THOUGHT]', trace: '[TRACE]' }[mode];
      assert.ok(
        text.endsWith(
          `${sample.code}\nassert ${sample.call} ==${mode === 'direct' ? '' : ` ??\n[/PYTHON]\n${tail}`}`,
        ),
      );
    });
  }
});

describe('trace few-shot examples', () => {
  test("are the tracer's own output for their code and call, in both templates", async () => {
    const interpreter = await import('../../interpreter/index.ts');
    const { traceCall } = await import('../../interpreter/tracer/trace-call.ts');
    await interpreter.loadInterpreter();
    const completion = fs.readFileSync(defaultTemplateFile('trace', 'completion'), 'utf8');
    const examples = [
      ...completion.matchAll(
        /\[PYTHON\]\n([\s\S]*?)\nassert (.*) == \?\?\n\[\/PYTHON\]\n\[TRACE\]\n([\s\S]*?)\n\[\/TRACE\]/g,
      ),
    ];
    assert.equal(examples.length, 2);
    for (const [, code, call, trace] of examples) {
      assert.equal(trace, traceCall(interpreter, code, call, { header: false }).text.trimEnd());
    }
    const chat = fs.readFileSync(defaultTemplateFile('trace', 'chat'), 'utf8');
    const chatTraces = [...chat.matchAll(/\[TRACE\]\n([\s\S]*?)\n\[\/TRACE\]/g)].map((m) => m[1]);
    assert.deepEqual(
      chatTraces,
      examples.map((m) => m[3]),
    );
  });
});

describe('parseTemplate', () => {
  test('role lines split messages; content is trimmed', () => {
    const template = parseTemplate(
      '<|system|>\nBe exact.\n\n<|user|>\nQ {code}\n<|assistant|>\nA\n<|user|>\n{code}\n{call}\n',
      't.txt',
    );
    assert.deepEqual(template, {
      kind: 'chat',
      file: 't.txt',
      messages: [
        { role: 'system', content: 'Be exact.' },
        { role: 'user', content: 'Q {code}' },
        { role: 'assistant', content: 'A' },
        { role: 'user', content: '{code}\n{call}' },
      ],
    });
  });

  test('a file without role lines is raw text, minus the final newline', () => {
    assert.deepEqual(parseTemplate('{code}\nassert {call} ==\n', 'r.txt'), {
      kind: 'text',
      file: 'r.txt',
      text: '{code}\nassert {call} ==',
    });
  });

  test('placeholders are filled in one pass: code containing {call} keeps it', () => {
    const prompt = renderPrompt(parseTemplate('{code}\n# {call}', 'r.txt'), sample, 'completion');
    assert.deepEqual(prompt, { api: 'completion', text: `${sample.code}\n# ${sample.call}` });
  });

  test('a raw template becomes one user message for chat models', () => {
    const prompt = renderPrompt(
      parseTemplate('Q: {code} {call}', 'r.txt'),
      { code: 'c', call: 'f()' },
      'chat',
    );
    assert.deepEqual(prompt, { api: 'chat', messages: [{ role: 'user', content: 'Q: c f()' }] });
  });

  test('a chat template flattens for completion models', () => {
    const template = parseTemplate('<|user|>\nA\n<|assistant|>\nB\n<|user|>\n{code} {call}', 't.txt');
    assert.deepEqual(renderPrompt(template, { code: 'c', call: 'f()' }, 'completion'), {
      api: 'completion',
      text: 'A\n\nB\n\nc f()',
    });
  });

  test('errors name the file and line', () => {
    assert.throws(
      () => parseTemplate('{code} only', 'x.txt'),
      (e: unknown) => {
        assert.ok(e instanceof PromptTemplateError);
        assert.equal(e.message, 'x.txt:1: the question must contain {call}');
        return true;
      },
    );
    assert.throws(
      () => parseTemplate('hello\n<|user|>\n{code}{call}', 'y.txt'),
      /^PromptTemplateError: y.txt:1: text before/,
    );
    assert.throws(
      () => parseTemplate('<|user|>\n{code}{call}\n<|assistant|>\nx', 'z.txt'),
      /z.txt:3: the last message must be <\|user\|>/,
    );
  });

  test('default stops only for completion models', () => {
    assert.deepEqual(defaultStops('direct', 'completion'), ['\n']);
    assert.deepEqual(defaultStops('cot', 'completion'), ['[/ANSWER]']);
    assert.deepEqual(defaultStops('trace', 'chat'), []);
  });
});
