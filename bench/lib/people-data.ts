// Deterministic, studio-looking people.

const firstNames = [
  "Ada",
  "Bruno",
  "Chloé",
  "Dev",
  "Elif",
  "Farid",
  "Greta",
  "Hiro",
  "Inès",
  "Jonas",
  "Kemi",
  "Lena",
  "Mateo",
  "Nadia",
  "Oskar",
  "Priya",
  "Quinn",
  "Rosa",
  "Sami",
  "Tove",
  "Uma",
  "Viktor",
  "Wen",
  "Yara",
  "Zoltan",
];
const lastNames = [
  "Abara",
  "Berg",
  "Costa",
  "Dubois",
  "Eriksen",
  "Fischer",
  "García",
  "Haddad",
  "Ivanova",
  "Jensen",
  "Kowalski",
  "Lindqvist",
  "Moreau",
  "Nakamura",
  "Okafor",
  "Petrov",
  "Rossi",
  "Schmidt",
  "Tanaka",
  "Ueda",
  "Varga",
  "Weber",
  "Yilmaz",
  "Zhang",
];
const departments = ["Animation", "Compositing", "Lighting", "FX", "Modelling", "Rigging", "Production", "Editorial", "Pipeline", "Layout"];
const titles = ["Artist", "Senior Artist", "Lead", "Supervisor", "Coordinator", "Producer", "TD", "Junior Artist"];

/** The body of `POST /api/v1/organizations/:id/people`. */
export type PersonBody = { displayName: string; email: string; department: string | undefined; title: string | undefined };

/**
 * Returns a function giving person number `n`. All people of one benchmark come from one
 * generator, so the whole sequence (seeding, then creates) is the same from run to run.
 */
export function peopleGenerator(seed = 42): (n: number) => PersonBody {
  let state = seed;
  function rand(n: number): number {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  }
  return function personBody(n: number): PersonBody {
    const first = firstNames[rand(firstNames.length)] as string;
    const last = lastNames[rand(lastNames.length)] as string;
    return {
      displayName: `${first} ${last} ${n}`,
      email: `${first}.${last}.${n}@example.test`
        .normalize("NFD")
        .replace(/[^\x20-\x7e]/g, "")
        .toLowerCase(),
      department: departments[rand(departments.length)],
      title: titles[rand(titles.length)],
    };
  };
}
