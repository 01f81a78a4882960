/**
 * Integrity primitives (DESIGN.md § Identity, § Archive and exchange): RFC 8785 canonical JSON, injected
 * hashers (SHA-256 via WebCrypto, SM3 in pure JS), content hashes, signature payloads and the hash-chain
 * event format. Browser-safe.
 */
export { canonicalJson, canonicalBytes, MAX_CANONICAL_DEPTH } from './canonicalJson';
export { CanonicalJsonError, type CanonicalJsonProblem, type CanonicalJsonReason } from './canonicalJsonError';
export { sha256Hasher, toHex, fromHex, hashString, hashStringSync, type Hasher, type HashAlg } from './hasher';
export { sm3, sm3Hasher } from './sm3';
export { sm2PublicKey, sm2Sign, sm2Verify, sm2Za, SM2_DEFAULT_ID } from './sm2';
export { contentHash, contentHashSync, contentCanonical, hashedContent, eventRecord, CONTENT_HASH_EXCLUDED, EVENT_RECORD_EXCLUDED } from './contentHash';
export { signaturePayload, signaturePayloadText, SIGNATURE_CONTEXT, type SignatureFields } from './signaturePayload';
export {
  chainEvent,
  chainEventSync,
  chainEventLine,
  eventTexts,
  revisionContent,
  revisionContentSync,
  type RevisionContent,
  chainLineHash,
  chainLineHashSync,
  CHAIN_FORMAT_VERSION,
  type ChainAnchor,
  type ChainEvent,
  type ChainEventBase,
  type ChainEventKind,
  type RevisionEvent,
  type SignatureEvent,
  type StatusEvent,
  type UnchainedEvent,
} from './chainEvent';
export {
  verifyChainSegment,
  type ChainIssue,
  type ChainIssueKind,
  type ChainSegmentResult,
  type VerifyChainSegmentOptions,
} from './verifyChainSegment';
export { createSm4, SM4_BLOCK_SIZE, type Sm4Cipher } from './sm4';
export { sm4CbcDecrypt, sm4CbcEncrypt } from './sm4Cbc';
export { hmacSm3 } from './hmacSm3';
