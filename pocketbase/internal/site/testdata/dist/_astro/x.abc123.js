console.log("hashed asset fixture");
export const line0 = "the same words again, as bundles repeat themselves";
export const line1 = "the same words again, as bundles repeat themselves";
export const line2 = "the same words again, as bundles repeat themselves";
export const line3 = "the same words again, as bundles repeat themselves";
export const line4 = "the same words again, as bundles repeat themselves";
export const line5 = "the same words again, as bundles repeat themselves";
export const line6 = "the same words again, as bundles repeat themselves";
export const line7 = "the same words again, as bundles repeat themselves";
