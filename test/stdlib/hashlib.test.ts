// hashlib run through the interpreter; every expected output was printed by python3.11 for the same
// snippet (a trailing EXC line is the uncaught exception).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFailure } from '../../interpreter/api.ts';
import { loadInterpreter } from '../../interpreter/index.ts';

const cases: [string, string, string][] = [
  [
    'known vectors of every algorithm',
    "import hashlib\nmsgs = [b'', b'abc', b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', b'The quick brown fox jumps over the lazy dog']\nfor name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:\n    for m in msgs:\n        print(name, len(m), getattr(hashlib, name)(m).hexdigest())\n",
    'md5 0 d41d8cd98f00b204e9800998ecf8427e\nmd5 3 900150983cd24fb0d6963f7d28e17f72\nmd5 56 8215ef0796a20bcaaae116d3876c664a\nmd5 43 9e107d9d372bb6826bd81d3542a419d6\nsha1 0 da39a3ee5e6b4b0d3255bfef95601890afd80709\nsha1 3 a9993e364706816aba3e25717850c26c9cd0d89d\nsha1 56 84983e441c3bd26ebaae4aa1f95129e5e54670f1\nsha1 43 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12\nsha224 0 d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f\nsha224 3 23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7\nsha224 56 75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525\nsha224 43 730e109bd7a8a32b1cb9d9a09aa2325d2430587ddbc0c38bad911525\nsha256 0 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\nsha256 3 ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\nsha256 56 248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1\nsha256 43 d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592\nsha384 0 38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b\nsha384 3 cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7\nsha384 56 3391fdddfc8dc7393707a65b1b4709397cf8b1d162af05abfe8f450de5f36bc6b0455a8520bc4e6f5fe95b1fe3c8452b\nsha384 43 ca737f1014a48f4c0b6dd43cb177b0afd9e5169367544c494011e3317dbf9a509cb1e5dc1e85a941bbee3d7f2afbc9b1\nsha512 0 cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e\nsha512 3 ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f\nsha512 56 204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c33596fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445\nsha512 43 07e547d9586f6a73f73fbac0435ed76951218fb7d0c8d788a309d785436bbb642e93a252a954f23912547d1e8a3b5ed6e1bfd7097821233fa0538f3db854fee6\n',
  ],
  [
    'lengths around the padding boundaries',
    'import hashlib\nfor n in [55, 56, 63, 64, 65, 111, 112, 119, 127, 128, 129, 1000]:\n    m = bytes((i * 31 + 7) % 256 for i in range(n))\n    print(n, hashlib.md5(m).hexdigest(), hashlib.sha1(m).hexdigest()[:16], hashlib.sha256(m).hexdigest()[:16], hashlib.sha512(m).hexdigest()[:16])\n',
    '55 c9e512626618c9980ef21a96597af94c 749bbefb28edc463 8aa994584139d128 330eb5e81b4d722c\n56 ecde7caa08e9f5657c863df107cac60a a5b6e9c29d201c77 ad574708f75c044c 1b5b63bfd5420b2d\n63 2f0301069e1c40af7f6c8f843b1b13f2 d1a454409359fc37 280ed3e8ff1df845 b16f76c30db64b5e\n64 b6bf87c24b1bc334e2541387a92b981b 39a0d8b645ad85f1 c6ab9724ade5b6a7 4c7aba3659929c4f\n65 f168246f08b6134d66bd2a10343fa9f1 d0c96e18890114a1 788367c73c7ddf4c 31ad8ce60482e91e\n111 e145219ba825c566b3905b008ac4c378 b7b42d19ae6be209 dd1413178fb627f9 da780d8338a8a920\n112 78e1458b5371b996a9d07fec4f8edd17 11e920cd4ed45c60 a65c92dac124062d 053182f7fa4e59f8\n119 d5dc3d8264de3aa24dee105910ee27fe 562ecf8a430f8e10 3d610547d68216de c6203c98db894a18\n127 27670172396247fa5f68637f13f8933d bebc42d2d3d1e5fb 192409cd280e14b7 a7a75593826fd37d\n128 3e85b70ffc8df5c735ecf2a8f14f1bee 0060f2a7e34b6e4d cc548ca2dec1f6fe df007a08f3aaae47\n129 e45ecac9930fe93de302f98ba673ba36 3a16082d1bf09b60 81e89a7b2911aaa7 a10ea769b79831bc\n1000 2b1e78d5765de9e10495a01412a1cf22 414475341017ec91 5097e7d587352f50 b41d42e106eca6bf\n',
  ],
  [
    'update, copy, digest and attributes',
    "import hashlib\nfor name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:\n    h = hashlib.new(name, b'abc')\n    c = h.copy()\n    c.update(b'def')\n    print(h.name, h.digest_size, h.block_size, c.hexdigest() == hashlib.new(name, b'abcdef').hexdigest(), h.hexdigest() == hashlib.new(name, b'abc').hexdigest())\nh = hashlib.sha256()\nfor part in [b'a', b'b', bytearray(b'c')]:\n    h.update(part)\nprint(h.digest(), len(h.digest()), h.digest()[0], type(h.digest()).__name__)\nprint(type(h).__name__, hashlib.md5(string=b'a').hexdigest(), hashlib.sha1(usedforsecurity=False).hexdigest())\nprint(hashlib.new('SHA256').name, hashlib.new('md5', data=b'x').hexdigest())\n",
    "md5 16 64 True True\nsha1 20 64 True True\nsha224 28 64 True True\nsha256 32 64 True True\nsha384 48 128 True True\nsha512 64 128 True True\nb'\\xbax\\x16\\xbf\\x8f\\x01\\xcf\\xeaAA@\\xde]\\xae\"#\\xb0\\x03a\\xa3\\x96\\x17z\\x9c\\xb4\\x10\\xffa\\xf2\\x00\\x15\\xad' 32 186 bytes\nHASH 0cc175b9c0f1b6a831c399e269772661 da39a3ee5e6b4b0d3255bfef95601890afd80709\nsha256 9dd4e461268c8034f5c8564e155c67a6\n",
  ],
  [
    'argument errors',
    'import hashlib\nh = hashlib.md5()\ntests = ["hashlib.sha256(\'s\')", "hashlib.sha256(1)", "hashlib.md5([1])", "h.update(\'x\')", "h.update()", "h.update(b\'a\', b\'b\')",\n         "h.hexdigest(1)", "h.digest(1)", "h.copy(1)", "hashlib.md5(b\'a\', b\'b\')", "hashlib.md5(foo=1)", "hashlib.new(1)", "hashlib.new(\'nope\')"]\nfor t in tests:\n    try:\n        print(t, \'->\', eval(t))\n    except (TypeError, ValueError) as e:\n        print(t, \'->\', type(e).__name__, e)\n',
    "hashlib.sha256('s') -> TypeError Strings must be encoded before hashing\nhashlib.sha256(1) -> TypeError object supporting the buffer API required\nhashlib.md5([1]) -> TypeError object supporting the buffer API required\nh.update('x') -> TypeError Strings must be encoded before hashing\nh.update() -> TypeError HASH.update() takes exactly one argument (0 given)\nh.update(b'a', b'b') -> TypeError HASH.update() takes exactly one argument (2 given)\nh.hexdigest(1) -> TypeError HASH.hexdigest() takes no arguments (1 given)\nh.digest(1) -> TypeError HASH.digest() takes no arguments (1 given)\nh.copy(1) -> TypeError HASH.copy() takes no arguments (1 given)\nhashlib.md5(b'a', b'b') -> TypeError openssl_md5() takes at most 1 positional argument (2 given)\nhashlib.md5(foo=1) -> TypeError 'foo' is an invalid keyword argument for openssl_md5()\nhashlib.new(1) -> TypeError name must be a string\nhashlib.new('nope') -> ValueError unsupported hash type nope\n",
  ],
  [
    'HumanEval 162: string_to_md5',
    "import hashlib\ndef string_to_md5(text):\n    return hashlib.md5(text.encode('ascii')).hexdigest() if text else None\nprint(string_to_md5('Hello world'), string_to_md5(''), string_to_md5('A B C'), string_to_md5('password'))\nn = 0\nwhile not hashlib.md5(('abc' + str(n)).encode()).hexdigest().startswith('00'):\n    n += 1\nprint(n)\n",
    '3e25960a79dbc69b674cd4ec67a72c62 None 0ef78513b0cb8cef12743f5aeb35f888 5f4dcc3b5aa765d61d8327deb882cf99\n18\n',
  ],
];

const py = await loadInterpreter();

for (const [title, code, expected] of cases) {
  test(title, () => {
    let out = '';
    const r = py.runModule(code, { stdout: (t) => (out += t) });
    if (!r.ok) out += `EXC ${formatFailure(r.error)}\n`;
    assert.equal(out, expected);
  });
}
