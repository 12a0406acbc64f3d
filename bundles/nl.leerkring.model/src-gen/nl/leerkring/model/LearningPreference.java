/**
 */
package nl.leerkring.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Learning Preference</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Ruijters' five learning preferences (seed 003, after Ruijters 2017; activities after Simons & Ruijters 2012, seed 004).
 * <!-- end-model-doc -->
 * @see nl.leerkring.model.LeerkringPackage#getLearningPreference()
 * @model
 * @generated
 */
public enum LearningPreference implements Enumerator {
	/**
	 * The '<em><b>KUNST AFKIJKEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KUNST_AFKIJKEN_VALUE
	 * @generated
	 * @ordered
	 */
	KUNST_AFKIJKEN(0, "KUNST_AFKIJKEN", "KUNST_AFKIJKEN"),

	/**
	 * The '<em><b>PARTICIPEREN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTICIPEREN_VALUE
	 * @generated
	 * @ordered
	 */
	PARTICIPEREN(1, "PARTICIPEREN", "PARTICIPEREN"),

	/**
	 * The '<em><b>KENNIS VERWERVEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KENNIS_VERWERVEN_VALUE
	 * @generated
	 * @ordered
	 */
	KENNIS_VERWERVEN(2, "KENNIS_VERWERVEN", "KENNIS_VERWERVEN"),

	/**
	 * The '<em><b>OEFENEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OEFENEN_VALUE
	 * @generated
	 * @ordered
	 */
	OEFENEN(3, "OEFENEN", "OEFENEN"),

	/**
	 * The '<em><b>ONTDEKKEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ONTDEKKEN_VALUE
	 * @generated
	 * @ordered
	 */
	ONTDEKKEN(4, "ONTDEKKEN", "ONTDEKKEN");

	/**
	 * The '<em><b>KUNST AFKIJKEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KUNST_AFKIJKEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KUNST_AFKIJKEN_VALUE = 0;

	/**
	 * The '<em><b>PARTICIPEREN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTICIPEREN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTICIPEREN_VALUE = 1;

	/**
	 * The '<em><b>KENNIS VERWERVEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KENNIS_VERWERVEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KENNIS_VERWERVEN_VALUE = 2;

	/**
	 * The '<em><b>OEFENEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OEFENEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OEFENEN_VALUE = 3;

	/**
	 * The '<em><b>ONTDEKKEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ONTDEKKEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ONTDEKKEN_VALUE = 4;

	/**
	 * An array of all the '<em><b>Learning Preference</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LearningPreference[] VALUES_ARRAY =
		new LearningPreference[] {
			KUNST_AFKIJKEN,
			PARTICIPEREN,
			KENNIS_VERWERVEN,
			OEFENEN,
			ONTDEKKEN,
		};

	/**
	 * A public read-only list of all the '<em><b>Learning Preference</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LearningPreference> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Learning Preference</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LearningPreference get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LearningPreference result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Learning Preference</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LearningPreference getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LearningPreference result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Learning Preference</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LearningPreference get(int value) {
		switch (value) {
			case KUNST_AFKIJKEN_VALUE: return KUNST_AFKIJKEN;
			case PARTICIPEREN_VALUE: return PARTICIPEREN;
			case KENNIS_VERWERVEN_VALUE: return KENNIS_VERWERVEN;
			case OEFENEN_VALUE: return OEFENEN;
			case ONTDEKKEN_VALUE: return ONTDEKKEN;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private LearningPreference(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //LearningPreference
