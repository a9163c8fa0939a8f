export const sequences = ["OPN", "DCK", "STM", "END"];

/**
 * 200 shots in 4 sequences as a coordinator's spreadsheet exports them. `edited` changes four rows
 * the way a coordinator would: three DCK shots get longer, the last END shot is renamed (with a
 * non-ASCII letter, which must survive the round trip).
 */
export function shotsCsv(edited = false): string {
  const lines = ["code,parent,name,frame_in,frame_out"];
  sequences.forEach((seq, s) => {
    for (let i = 1; i <= 50; i++) {
      const code = `${seq}_${String(i * 10).padStart(4, "0")}`;
      let frameOut = 1001 + 20 + ((i * 7 + s) % 90);
      let name = `${seq} shot ${i}`;
      if (edited && seq === "DCK" && i <= 3) frameOut += 12;
      if (edited && seq === "END" && i === 50) name = "Zoë's last look";
      lines.push([code, seq, name, "1001", String(frameOut)].join(","));
    }
  });
  return `${lines.join("\n")}\n`;
}
