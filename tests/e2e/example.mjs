// Names in the example plan (src/core/example.rs) that the end-to-end tests refer to.
export const EXAMPLE = 'Handlingsplan regional digital agenda 2019–2021';
export const SIGNING = 'Digital signering och ankomstregistrering för socialjouren';
export const LIBRARY = 'Gemensamt biblioteksdatasystem med självbetjäning';
export const COVERAGE = 'Kartläggning av mobiltäckning (vita fläckar)';
export const MEETINGS = 'Digitala möten som förstahandsval';
export const ARCHIVE = 'Gemensamt e-arkiv för länets kommuner';
