/** Who is recording: the 经办人 from settings, written into every audit entry. */
let operator = '';

export function setOperator(name: string): void {
  operator = name.trim();
}

export function currentOperator(): string {
  return operator || '未署名';
}
