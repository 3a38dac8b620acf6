// The code cache's checksum (bin.ts): FNV-1a over little-endian 32-bit words, run as
// WebAssembly, which V8 compiles and runs natively with no module to load. zlib's crc32 would
// load node:zlib and the stream modules it needs, ≈4 ms of every start (issue 12). The module,
// in WebAssembly's text format (its bytes below are this, assembled):
//
//   (module
//     (memory (export "m") 0)
//     (func (export "c") (param $length i32) (result i32) (local $at i32) (local $hash i32)
//       (local.set $hash (i32.const 0x811c9dc5))
//       (block (loop
//         (br_if 1 (i32.ge_u (local.get $at) (local.get $length)))
//         (local.set $hash
//           (i32.mul (i32.xor (local.get $hash) (i32.load (local.get $at))) (i32.const 16777619)))
//         (local.set $at (i32.add (local.get $at) (i32.const 4)))
//         (br 0)))
//       (local.get $hash)))
const MODULE =
  'AGFzbQEAAAABBgFgAX8BfwMCAQAFAwEAAAcJAgFtAgABYwAACjYBNAECf0HFu/KIeCECAkADQCABIABPDQEgAiABKAIAc0GTg4AIbCECIAFBBGohAQwACwsgAgs=';
const PAGE = 65536;

interface Exports {
  m: WebAssembly.Memory;
  c: (length: number) => number;
}

let instance: Exports | undefined;

/** The checksum of `data`: its bytes, zero-padded to whole words, hashed word by word. */
export function cacheChecksum(data: Uint8Array): number {
  instance ??= new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(MODULE, 'base64')))
    .exports as unknown as Exports;
  const { m: memory, c: hash } = instance;
  const words = (data.length + 3) & ~3;
  if (memory.buffer.byteLength < words)
    memory.grow(Math.ceil((words - memory.buffer.byteLength) / PAGE));
  const view = new Uint8Array(memory.buffer, 0, words);
  view.set(data);
  view.fill(0, data.length);
  return hash(words) >>> 0;
}
