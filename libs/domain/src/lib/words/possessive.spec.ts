import { possessive } from './possessive';

describe('possessive', () => {
  it("adds 's to a name that does not end in s", () => {
    expect(possessive('Léa Rossi')).toBe("Léa Rossi's");
    expect(possessive('Chocolaterie Müller AG')).toBe("Chocolaterie Müller AG's");
  });

  it('adds the apostrophe alone to a name ending in s', () => {
    expect(possessive('Pixel Partners')).toBe("Pixel Partners'");
    expect(possessive('Ines Dumas')).toBe("Ines Dumas'");
  });

  it("keeps 's after an abbreviation in capitals (read letter by letter)", () => {
    expect(possessive('Boulangerie Martin SAS')).toBe("Boulangerie Martin SAS's");
  });
});
