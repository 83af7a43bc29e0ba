import { describe, expect, it } from "vitest";
import { readableCase } from "@/lib/facilities/readable-case";

describe("readableCase", () => {
  it.each([
    ["SOUTHEAST HEALTH MEDICAL CENTER", "Southeast Health Medical Center"],
    ["ST. VINCENT'S EAST", "St. Vincent's East"],
    ["ST VINCENT'S BIRMINGHAM", "St Vincent's Birmingham"],
    ["JACKSON HOSPITAL & CLINIC INC", "Jackson Hospital & Clinic Inc"],
    ["UPMC HAMOT", "UPMC Hamot"],
    ["ADVANCED MRI AND CT CENTER LLC", "Advanced MRI and CT Center LLC"],
    ["UNIVERSITY OF ALABAMA HOSPITAL", "University of Alabama Hospital"],
    ["THE EAST ALABAMA HEALTHCARE AUTHORITY", "The East Alabama Healthcare Authority"],
    ["DECATUR MORGAN HOSPITAL - DECATUR CAMPUS", "Decatur Morgan Hospital - Decatur Campus"],
    ["MCALLEN MEDICAL CENTER", "McAllen Medical Center"],
    ["O'CONNOR HOSPITAL", "O'Connor Hospital"],
    ["SSM HEALTH ST. MARY'S HOSPITAL - ST. LOUIS", "SSM Health St. Mary's Hospital - St. Louis"],
    ["WILKES-BARRE GENERAL HOSPITAL", "Wilkes-Barre General Hospital"],
    ["1108 ROSS CLARK CIRCLE", "1108 Ross Clark Circle"],
    ["2505 U S HIGHWAY 431 NORTH", "2505 U S Highway 431 North"],
    ["HOSPITAL DE LA CONCEPCION", "Hospital de la Concepcion"],
    ["VA PALO ALTO HEALTH CARE SYSTEM", "VA Palo Alto Health Care System"],
    ["100 1ST AVE SW", "100 1st Ave SW"],
    ["ST MARYS HOSPITAL MEDICAL CTR", "St Marys Hospital Medical Ctr"],
    ["DECATUR (ATLANTA) VA MEDICAL CENTER", "Decatur (Atlanta) VA Medical Center"],
    ["COOLEY DICKINSON HOSPITAL INC,THE", "Cooley Dickinson Hospital Inc,the"],
  ])("%s → %s", (input, expected) => {
    expect(readableCase(input)).toBe(expected);
  });

  it("leaves text that is already in mixed case as it was written", () => {
    expect(readableCase("iRhythm Imaging of DeKalb")).toBe("iRhythm Imaging of DeKalb");
    expect(readableCase("6 13TH Ave E")).toBe("6 13th Ave E");
  });
});
