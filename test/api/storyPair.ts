// One short news story in German and in Vietnamese, for the suites that import a pair of pages, and the shape in
// which corpus.import takes a picked file.
export const STORY_DE = 'Hanoi eröffnet neue Metrolinie\n\nDie Stadt Hanoi hat am Freitag eine neue Metrolinie eröffnet. Sie verbindet Nhon mit dem Hauptbahnhof.\n';
export const STORY_VI = 'Hà Nội khai trương tuyến đường sắt đô thị mới\n\nThành phố Hà Nội đã khai trương một tuyến đường sắt đô thị mới vào thứ Sáu. Tuyến này nối Nhổn với ga Hà Nội.\n';

export const pickedFile = (name: string, text: string): { name: string; base64: string } => ({ name, base64: Buffer.from(text).toString('base64') });
