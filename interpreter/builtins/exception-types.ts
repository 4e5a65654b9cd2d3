// The builtin exception classes beyond the core set in objects/exceptions.ts (OSError's subclasses, the
// warning categories, ...), so programs can raise and catch them by name.

import { Exception, IndentationError, OSError, UnicodeError, Warning } from '../objects/exceptions.ts';
import { PyType } from '../objects/type.ts';

function subclass(name: string, base: PyType): PyType {
  return new PyType(name, [base]);
}

export const FileNotFoundError = subclass('FileNotFoundError', OSError);
export const PermissionError = subclass('PermissionError', OSError);
const ConnectionError = subclass('ConnectionError', OSError);

/** Name → type for the builtins namespace (aliases such as IOError included). */
export function extraExceptionTypes(): Map<string, PyType> {
  const types = [
    FileNotFoundError,
    PermissionError,
    ConnectionError,
    subclass('BrokenPipeError', ConnectionError),
    subclass('ConnectionAbortedError', ConnectionError),
    subclass('ConnectionRefusedError', ConnectionError),
    subclass('ConnectionResetError', ConnectionError),
    subclass('BlockingIOError', OSError),
    subclass('ChildProcessError', OSError),
    subclass('FileExistsError', OSError),
    subclass('InterruptedError', OSError),
    subclass('IsADirectoryError', OSError),
    subclass('NotADirectoryError', OSError),
    subclass('ProcessLookupError', OSError),
    subclass('TimeoutError', OSError),
    subclass('StopAsyncIteration', Exception),
    subclass('TabError', IndentationError),
    subclass('UnicodeTranslateError', UnicodeError),
    ...[
      'UserWarning',
      'DeprecationWarning',
      'PendingDeprecationWarning',
      'SyntaxWarning',
      'RuntimeWarning',
      'FutureWarning',
      'ImportWarning',
      'UnicodeWarning',
      'BytesWarning',
      'ResourceWarning',
      'EncodingWarning',
    ].map((name) => subclass(name, Warning)),
  ];
  const out = new Map<string, PyType>(types.map((t) => [t.name, t]));
  out.set('IOError', OSError);
  out.set('EnvironmentError', OSError);
  return out;
}
