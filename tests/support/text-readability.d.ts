// text-readability ships no types; these are the functions the readability test uses.
declare module "text-readability" {
  const readability: {
    fleschKincaidGrade(text: string): number;
    textStandard(text: string, floatOutput?: boolean): number | string;
    lexiconCount(text: string): number;
  };
  export default readability;
}
