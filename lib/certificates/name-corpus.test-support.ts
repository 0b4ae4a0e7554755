/** Names learners really have, across the scripts the certificate fonts are made for. */
export const PRINTABLE_NAMES = [
  'Adébáyọ̀ Ọlábísí', // Yoruba: dot below and tone marks stacked on one letter
  'Ọ̀ṣun Adéyẹmí',
  'Nguyễn Thị Ánh', // Vietnamese
  'Trần Đức Mạnh',
  'Phạm Hoàng Yến',
  'Łukasz Żółkiewski', // Polish
  'Grzegorz Brzęczyszczykiewicz',
  'Şükrü Ağaoğlu', // Turkish
  'İlkay Gündoğan',
  'Síle Ní Mhurchú', // Irish
  'Pádraig Ó Súilleabháin',
  'Siân Llŷr', // Welsh
  'Dafydd ap Gwŵyn',
  'François Lefèvre-Dubœuf', // French
  'Zoë Brontë',
  'Jürgen Groß', // German
  'Åse Bjørnstad', // Norwegian
  'Þórdís Guðmundsdóttir', // Icelandic
  'Dragoș Țăranu', // Romanian
  'Miloš Đorđević', // Serbian Latin
  'Γιώργος Παπαδόπουλος', // Greek
  'Ελένη Ζαχαρίου',
  'Дмитрий Шостакович', // Russian
  'Олена Ковальчук', // Ukrainian
  'Ёжиков Йордан',
  "Siobhán O'Brien-Ng",
  'María José Núñez',
];

/** Names the certificate fonts have no letters for (CJK, Korean, Arabic, Hebrew, emoji, Devanagari), or with a symbol in them. */
export const REFUSED_NAMES = ['中村 太郎', '김민준', 'محمد علي', 'דוד כהן', 'Sam 😀 Patel', 'राहुल शर्मा', 'Jo ❤ Smith'];
