namespace PrepPack.Layout.Text;

public enum TextAlign { Left, Justify, Center, Right }
