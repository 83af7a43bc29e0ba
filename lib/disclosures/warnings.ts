import { isAnswered } from "./answer";
import type { Disclosure } from "./schema";

/**
 * Answers that contradict each other: worth a second look before publishing, but not errors —
 * the facility may have a reason, and the words are theirs.
 */
export function disclosureWarnings(disclosure: Disclosure): string[] {
  const warnings: string[] = [];
  const { practices, aiTools, breaches } = disclosure;
  if (isAnswered(practices.usesAi) && !practices.usesAi.value && aiTools.length) {
    warnings.push(`You say no AI is used on patients' images, but list ${aiTools.length} AI tool${aiTools.length === 1 ? "" : "s"}.`);
  }
  if (isAnswered(practices.usesAi) && practices.usesAi.value && !aiTools.length) {
    warnings.push("You say AI is used on patients' images, but list no AI tool.");
  }
  for (const tool of aiTools) {
    const cloud = isAnswered(tool.runsWhere) && tool.runsWhere.value !== "on_site";
    if (cloud && isAnswered(tool.dataLeaving) && tool.dataLeaving.value === "nothing") {
      warnings.push(`${tool.productName} runs in a cloud, but you say nothing leaves the facility.`);
    }
    if (
      isAnswered(tool.runsWhere) &&
      tool.runsWhere.value === "on_site" &&
      isAnswered(tool.dataLeaving) &&
      tool.dataLeaving.value === "full_images"
    ) {
      warnings.push(`${tool.productName} runs on-site, but you say full images leave the facility.`);
    }
    const vendorTrains = isAnswered(tool.vendorTraining) && tool.vendorTraining.value !== "no";
    if (vendorTrains && isAnswered(practices.sharing.aiTraining) && practices.sharing.aiTraining.value === "none") {
      warnings.push(`You say images are not shared to train AI, but ${tool.productName}'s vendor may train on the data.`);
    }
  }
  if (isAnswered(practices.optOut.offered) && !practices.optOut.offered.value && isAnswered(practices.optOut.how)) {
    warnings.push("You say patients cannot opt out, but describe how to opt out.");
  }
  if (isAnswered(disclosure.breachesReported) && !disclosure.breachesReported.value && breaches.length) {
    warnings.push(`You say there were no reportable breaches, but list ${breaches.length}.`);
  }
  if (isAnswered(disclosure.breachesReported) && disclosure.breachesReported.value && !breaches.length) {
    warnings.push("You say there were reportable breaches, but list none.");
  }
  return warnings;
}
