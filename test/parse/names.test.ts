import { describe, expect, it } from "vitest";
import { analyzeName, isGroupName, nameScore } from "../../src/parse/names.js";

describe("analyzeName", () => {
  it.each([
    ["Morgane Riviere", "Morgane", "Riviere"],
    ["Aaron van den Oord", "Aaron", "van den Oord"],
    ["Diego de las Casas", "Diego", "de las Casas"],
    ["Jeffrey De Fauw", "Jeffrey", "De Fauw"],
    ["Soham De", "Soham", "De"],
    ["S. M. Ali Eslami", "S. M. Ali", "Eslami"],
    ["Samuel L Smith", "Samuel L", "Smith"],
    ["Matthew Koichi Grimes", "Matthew Koichi", "Grimes"],
    ["Sergio Gomez Colmenarejo", "Sergio", "Gomez Colmenarejo"],
    ["Adrià Puigdomènech Badia", "Adrià", "Puigdomènech Badia"],
    ["Brendan O'Donoghue", "Brendan", "O'Donoghue"],
    ["Wei-Hung Weng", "Wei-Hung", "Weng"],
    ["Grzegorz Świrszcz", "Grzegorz", "Świrszcz"],
  ])("splits %s into given %s and family %s", (name, given, family) => {
    expect(analyzeName(name)).toEqual({ name, given, family });
  });

  it("keeps a generational suffix apart", () => {
    expect(analyzeName("Martin Luther King Jr.")).toEqual({ name: "Martin Luther King Jr.", given: "Martin Luther", family: "King", suffix: "Jr." });
  });

  it.each(["Gemma Team", "Imagen-Team-Google", "OpenAI", "DeepSeek-AI", "ATLAS Collaboration"])("marks %s as a group", (name) => {
    expect(analyzeName(name)).toEqual({ name, literal: true });
  });

  it("leaves a lone personal word unanalysed", () => {
    expect(analyzeName("Alexander")).toEqual({ name: "Alexander" });
  });
});

describe("nameScore", () => {
  it("prefers real names to title words glued to names", () => {
    expect(nameScore("Yujia Li")).toBeGreaterThan(nameScore("CodeYujia Li"));
    expect(nameScore("Laurens van der Maaten")).toBeGreaterThan(nameScore("SNELaurens van der Maaten"));
    expect(nameScore("Greg Wayne")).toBeGreaterThan(nameScore("Directed AgentGreg Wayne"));
  });

  it("rejects prose", () => {
    expect(nameScore("learning with the model")).toBeLessThan(0);
    expect(nameScore("Repeat: Fast Scene")).toBeLessThan(0);
  });

  it("recognises groups", () => {
    expect(isGroupName("Gemini Team")).toBe(true);
    expect(isGroupName("Nat McAleese")).toBe(false);
    expect(isGroupName("ActionsAlexander")).toBe(false);
  });
});
