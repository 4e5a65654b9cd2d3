// `typing`: placeholders that make annotations evaluate and print like CPython's (`typing.List[int]`,
// `typing.Optional[str]`, `~T`); Generic and Protocol are real classes so they can be subclassed.

import {
  Ellipsis,
  dictType,
  frozensetType,
  listType,
  objectType,
  setType,
  strType,
  tupleType,
} from '../objects/builtin-types.ts';
import { TypeError, pyError } from '../objects/exceptions.ts';
import { PyType } from '../objects/type.ts';
import { PyObject, PyTuple, type PyModule, type PyValue } from '../objects/values.ts';
import { nativeFunction } from '../builtins/define.ts';
import { typeArgRepr } from '../builtins/generic-alias.ts';
import { functions, makeClass, makeModule } from './module.ts';

class PyTypingForm extends PyObject {
  constructor(public readonly text: string) {
    super();
  }
  pyType(): PyType {
    return typingFormType;
  }
}

function argsOf(key: PyValue): PyValue[] {
  return key instanceof PyTuple ? key.items.slice() : [key];
}

function subscribe(form: PyTypingForm, key: PyValue): PyTypingForm {
  const args = argsOf(key);
  const name = form.text;
  if (name === 'typing.Optional') return new PyTypingForm(`typing.Optional[${typeArgRepr(args[0]!)}]`);
  if (name === 'typing.Union') {
    const nonNone = args.filter((a) => a !== null && !(a instanceof PyType && a.name === 'NoneType'));
    if (nonNone.length === 1 && args.length === 2)
      return new PyTypingForm(`typing.Optional[${typeArgRepr(nonNone[0]!)}]`);
  }
  return new PyTypingForm(
    `${name}[${args.map((a) => (a === Ellipsis ? '...' : typeArgRepr(a))).join(', ')}]`,
  );
}

const typingFormType: PyType = makeClass('_GenericAlias', 'typing', [], {
  __repr__: (args) => (args[0] as PyTypingForm).text,
  __getitem__: (args) => subscribe(args[0] as PyTypingForm, args[1]!),
  __or__: (args) => new PyTypingForm(`typing.Union[${typeArgRepr(args[0]!)}, ${typeArgRepr(args[1]!)}]`),
  __ror__: (args) => new PyTypingForm(`typing.Union[${typeArgRepr(args[1]!)}, ${typeArgRepr(args[0]!)}]`),
  // `class C(List[int])` derives from the alias's builtin origin (CPython adds Generic too).
  __mro_entries__: (args) => {
    const text = (args[0] as PyTypingForm).text;
    const origin = ORIGINS.get(text.split('[')[0]!);
    if (origin === undefined) throw pyError(TypeError, `Cannot subclass ${text}`);
    return new PyTuple([origin]);
  },
});

const ORIGINS = new Map<string, PyType>([
  ['typing.List', listType],
  ['typing.Dict', dictType],
  ['typing.Set', setType],
  ['typing.FrozenSet', frozensetType],
  ['typing.Tuple', tupleType],
]);

const FORMS = [
  'Any',
  'Union',
  'Optional',
  'List',
  'Dict',
  'Set',
  'FrozenSet',
  'Tuple',
  'Type',
  'Callable',
  'Iterable',
  'Iterator',
  'Generator',
  'Sequence',
  'MutableSequence',
  'Mapping',
  'MutableMapping',
  'Collection',
  'Container',
  'Hashable',
  'Sized',
  'Reversible',
  'Deque',
  'DefaultDict',
  'Counter',
  'OrderedDict',
  'ChainMap',
  'Literal',
  'Final',
  'ClassVar',
  'Annotated',
  'NoReturn',
  'Never',
  'Self',
  'Awaitable',
  'Coroutine',
  'AsyncIterator',
  'AsyncIterable',
  'AbstractSet',
  'MutableSet',
  'KeysView',
  'ValuesView',
  'ItemsView',
  'Pattern',
  'Match',
  'IO',
  'TextIO',
  'SupportsInt',
  'SupportsFloat',
  'SupportsIndex',
];

/** Generic and Protocol: subscripting the class gives the class back, so `class C(Generic[T])` works. */
function subscriptableClass(name: string): PyType {
  const t = new PyType(name, [objectType], new Map(), 'typing');
  t.dict.set(
    '__class_getitem__',
    nativeFunction('__class_getitem__', (args) => args[0]!),
  );
  return t;
}

export function typingModule(): PyModule {
  const entries: Record<string, PyValue> = {};
  for (const name of FORMS) entries[name] = new PyTypingForm(`typing.${name}`);
  return makeModule('typing', {
    ...entries,
    Text: strType,
    AnyStr: new PyTypingForm('~AnyStr'),
    Generic: subscriptableClass('Generic'),
    Protocol: subscriptableClass('Protocol'),
    TYPE_CHECKING: false,
    ...functions({
      TypeVar: (args) => new PyTypingForm(`~${String(args[0])}`),
      NewType: (args) => args[1]!,
      cast: (args) => args[1]!,
      overload: (args) => args[0]!,
      final: (args) => args[0]!,
      no_type_check: (args) => args[0]!,
      runtime_checkable: (args) => args[0]!,
    }),
  });
}
