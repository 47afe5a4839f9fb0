/** The public verification page's texts in English; keys must match the Chinese file. */
export const VERIFY_EN = {
  verify: {
    title: 'Verify a certificate or document', intro: 'Enter the verification code printed on a certificate or on a document such as a bulletin to check that this portal issued it and its status.',
    code: 'Verification code', format: 'Format XXXX-XXXX-XXXX (letters or digits)', submit: 'Verify', result: 'Result', certTitle: 'Certificate',
    holder: 'Holder', issued: 'Issued', expires: 'Expires', noExpiry: 'No expiry',
    status: { Valid: 'Genuine and valid', Expired: 'Expired', Revoked: 'Revoked', NotFound: 'Not found (not issued by this portal)' },
    notFoundText: 'This portal issued no certificate or document with this code; please check the code.', tooMany: 'Too many queries; please try again later',
    signIn: 'Sign in',
    award: { contest: 'Skill contest', tier: 'Award' },
    document: {
      status: { Published: 'Genuine', Withdrawn: 'Withdrawn' },
      kind: 'Kind', title: 'Title', number: 'Number', issuingBody: 'Issued by', issuedOn: 'Date of issue', sha256: 'SHA-256 digest',
      withdrawnText: 'The issuing body has withdrawn this document; it is no longer in force.', withdrawReason: 'Reason for withdrawal', withdrawnAt: 'Withdrawn on',
    },
    check: {
      title: 'Check a downloaded file', pick: 'Choose the downloaded PDF to check', pickAgain: 'Choose another file',
      privacy: 'The file’s SHA-256 digest is computed in your browser; the file is not uploaded anywhere.', hashing: 'Computing the digest of {{name}}', file: 'File chosen',
      yourHash: 'SHA-256 of the file chosen', match: 'Matches', mismatch: 'Does not match',
      matchText: 'The file chosen is exactly the registered file, unaltered.', mismatchText: 'The file chosen differs from the registered file: it was altered, or it is another file.',
      failed: 'The file chosen could not be read; please choose it again.',
    },
  },
};
