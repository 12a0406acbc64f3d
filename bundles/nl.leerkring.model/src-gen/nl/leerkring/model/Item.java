/**
 */
package nl.leerkring.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something the group said and the facilitator recorded in a step: the case, a question, an idea...
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.Item#getId <em>Id</em>}</li>
 *   <li>{@link nl.leerkring.model.Item#getKindId <em>Kind Id</em>}</li>
 *   <li>{@link nl.leerkring.model.Item#getStepId <em>Step Id</em>}</li>
 *   <li>{@link nl.leerkring.model.Item#getText <em>Text</em>}</li>
 *   <li>{@link nl.leerkring.model.Item#getAuthor <em>Author</em>}</li>
 *   <li>{@link nl.leerkring.model.Item#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link nl.leerkring.model.Item#isChosen <em>Chosen</em>}</li>
 *   <li>{@link nl.leerkring.model.Item#getSubgroup <em>Subgroup</em>}</li>
 *   <li>{@link nl.leerkring.model.Item#getMarks <em>Marks</em>}</li>
 * </ul>
 *
 * @see nl.leerkring.model.LeerkringPackage#getItem()
 * @model
 * @generated
 */
public interface Item extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see nl.leerkring.model.LeerkringPackage#getItem_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Item#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Kind Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind Id</em>' attribute.
	 * @see #setKindId(String)
	 * @see nl.leerkring.model.LeerkringPackage#getItem_KindId()
	 * @model required="true"
	 * @generated
	 */
	String getKindId();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Item#getKindId <em>Kind Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind Id</em>' attribute.
	 * @see #getKindId()
	 * @generated
	 */
	void setKindId(String value);

	/**
	 * Returns the value of the '<em><b>Step Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step Id</em>' attribute.
	 * @see #setStepId(String)
	 * @see nl.leerkring.model.LeerkringPackage#getItem_StepId()
	 * @model required="true"
	 * @generated
	 */
	String getStepId();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Item#getStepId <em>Step Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step Id</em>' attribute.
	 * @see #getStepId()
	 * @generated
	 */
	void setStepId(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see nl.leerkring.model.LeerkringPackage#getItem_Text()
	 * @model required="true"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Item#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see nl.leerkring.model.LeerkringPackage#getItem_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Item#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see nl.leerkring.model.LeerkringPackage#getItem_CreatedAt()
	 * @model dataType="nl.leerkring.model.Instant"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Item#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Chosen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The one item of its kind in its step the group goes on with, e.g. the question the case bringer picks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Chosen</em>' attribute.
	 * @see #setChosen(boolean)
	 * @see nl.leerkring.model.LeerkringPackage#getItem_Chosen()
	 * @model
	 * @generated
	 */
	boolean isChosen();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Item#isChosen <em>Chosen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chosen</em>' attribute.
	 * @see #isChosen()
	 * @generated
	 */
	void setChosen(boolean value);

	/**
	 * Returns the value of the '<em><b>Subgroup</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The subgroup that brought it, in a step worked in subgroups; null otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subgroup</em>' attribute.
	 * @see #setSubgroup(String)
	 * @see nl.leerkring.model.LeerkringPackage#getItem_Subgroup()
	 * @model
	 * @generated
	 */
	String getSubgroup();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Item#getSubgroup <em>Subgroup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subgroup</em>' attribute.
	 * @see #getSubgroup()
	 * @generated
	 */
	void setSubgroup(String value);

	/**
	 * Returns the value of the '<em><b>Marks</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leerkring.model.CodeMark}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Codes from the item kind's code list the item is tagged with, each with its valence (value creation: W+, W−, G).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Marks</em>' containment reference list.
	 * @see nl.leerkring.model.LeerkringPackage#getItem_Marks()
	 * @model containment="true"
	 * @generated
	 */
	EList<CodeMark> getMarks();

} // Item
