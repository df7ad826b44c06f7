// Every non-empty line of the five seed pages: its role and language (`line role lang`, one entry per block;
// a line holding a paragraph and a glued caption has two). Checked by hand against the pages.
export const SEED_EXPECTED: Record<string, string[]> = {
  '000_0005e1291e1ffabb.txt': [
    '1 site vi', '3 title de', '5 byline vi', '7 ad null', '8 body de', '9 caption vi',
    '11 body de', '11 caption de', '13 body de', '15 body de', '17 body de', '19 body de',
    '22 ad null', '23 source de', '25 comments de', '27 comments en', '28 comments en', '30 related de',
    '32 related de', '34 related de', '35 related de', '36 related de', '37 related de', '39 related de',
    '41 nav de', '43 nav de', '45 nav de', '47 nav en', '49 nav de', '51 nav de',
    '53 nav de', '55 nav de',
  ],
  '001_b61389a596d0d502.txt': [
    '1 caption de', '2 body de', '3 body de', '4 body de', '5 body de', '6 body de',
    '7 related de', '8 body de', '9 body de', '10 body de', '11 ad null', '12 source de',
    '13 comments de',
  ],
  '002_3a2f11a019c44eb6.txt': [
    '1 body de', '2 caption de', '3 body de', '4 body de', '5 body de', '6 body de',
    '7 body de', '8 body de', '9 body de', '10 body de', '11 ad null', '12 source de',
    '13 comments de',
  ],
  '003_5823c60efa0b5747.txt': [
    '1 site vi', '3 title de', '5 byline vi', '8 body de', '9 caption vi', '10 caption de',
    '12 body de', '14 body de', '16 body de', '18 body de', '20 body de', '22 body de',
    '24 body de', '26 body de', '28 body de', '30 body de', '32 body de', '34 body de',
    '38 source de', '40 comments de', '42 comments de', '44 related de', '46 related de', '48 related de',
    '49 related de', '50 related de', '51 related de', '53 related de', '55 nav de', '57 nav de',
    '59 nav de', '61 related de', '63 nav de', '65 nav de', '67 nav de', '69 nav de',
  ],
  '004_6851536369dabcad.txt': [
    '1 body de', '2 body de', '3 body de', '4 body de', '5 body de', '6 author vi',
    '7 ad null', '8 source de', '9 comments de',
  ],
};

// The same for the pages written for this suite (test/fixtures/pages/, see its README).
export const PAGE_EXPECTED: Record<string, string[]> = {
  'README.md': [
    '1 body en', '12 related und', '12 related und', '12 body en',
  ],
  'p01-full-crlf.txt': [
    '1 site vi', '3 title de', '5 byline vi', '7 ad null', '8 body de', '9 caption vi',
    '11 body de', '11 caption de', '13 body de', '15 body de', '17 caption de', '19 body de',
    '21 ad null', '22 source de', '24 comments de', '26 comments en', '28 related de', '30 related de',
    '32 related de', '33 related de', '34 related de', '36 related de', '38 nav de', '40 nav de',
    '42 nav en', '44 nav de',
  ],
  'p02-body-bom.txt': [
    '1 caption de', '2 body de', '3 body de', '4 body de', '5 related de', '6 body de',
    '7 body de', '8 author vi', '9 ad null', '10 source de', '11 comments de',
  ],
  'p03-full-nfd.txt': [
    '1 site vi', '3 title de', '5 byline vi', '7 body de', '8 caption vi', '10 body de',
    '10 caption de', '12 body de', '14 source de', '16 comments de', '18 related de', '20 related de',
  ],
  'p04-body-windows1252.txt': [
    '1 caption de', '2 body de', '3 body de', '4 body de', '5 related de', '6 body de',
    '7 source de', '8 comments de',
  ],
  'p05-article.html': [
    '10 site vi', '12 title de', '13 byline vi', '14 body de', '15 caption vi', '16 body de',
    '16 body de', '17 body de', '18 source de', '19 comments de',
  ],
  'p06-byline-first-utf16le.txt': [
    '1 site vi', '3 byline vi', '5 title de', '7 ad null', '8 body de', '9 caption vi',
    '11 body de', '13 caption de', '15 body de', '17 source de', '19 comments de',
  ],
  'p07-full-windows1258.txt': [
    '1 site vi', '3 title de', '5 byline vi', '7 body de', '8 caption vi', '10 body de',
    '12 source de', '14 comments de',
  ],
  'p08-body-viscii.txt': [
    '1 caption de', '2 body de', '3 caption vi', '4 body de', '5 body de', '6 source de',
    '7 comments de',
  ],
  'p09-full-tcvn3.txt': [
    '1 site vi', '3 title de', '5 byline vi', '7 body de', '8 caption vi', '10 body de',
    '12 source de', '14 comments de',
  ],
  'p10-body-cr.txt': [
    '1 caption de', '2 body de', '3 body de', '4 caption vi', '5 body de', '6 caption de',
    '7 author vi', '8 source de', '9 comments de',
  ],
  'p11-no-domain-site.txt': [
    '1 site vi', '2 title de', '3 byline vi', '4 body de', '5 body de', '6 caption vi',
    '7 caption de', '8 body de', '9 author vi', '10 ad null', '11 source vi', '12 comments de',
    '13 related de', '14 related de', '15 related de',
  ],
  'p12-full-no-title.txt': [
    '1 site und', '3 byline vi', '5 body de', '7 caption vi', '9 body de', '11 source de',
    '13 comments de',
  ],
};
